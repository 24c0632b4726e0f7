// Accessible names that Wagtail's and wagtail-localize's own editor markup lacks (axe rules `label` and
// `aria-input-field-name`, `scrollable-region-focusable` for the minimap, `aria-prohibited-attr` for Django admin's
// two-list chooser): docs/accessibility.md, "Browser tests".
// Each name is text the admin already shows (a field's label, a block's or a translated field's heading, a
// button), so it is in the admin's language. Loaded on every admin page by home/wagtail_hooks.py; the editors
// render late, hence the observer.
(() => {
  "use strict";

  const CONTROLS = "input:not([type=hidden]), textarea, select, [contenteditable=true][role=textbox]";
  let counter = 0;

  const idOf = (element) => {
    if (!element.id) {
      counter += 1;
      element.id = `a11y-name-${counter}`;
    }
    return element.id;
  };

  const named = (control) =>
    control.hasAttribute("aria-label") ||
    control.hasAttribute("aria-labelledby") ||
    control.hasAttribute("title") ||
    (control.labels && control.labels.length > 0);

  // The id of the element whose text names the control, or null.
  const nameSource = (control) => {
    const wrapper = control.closest("[data-field-wrapper]");
    const label = wrapper && wrapper.querySelector("label.w-field__label");
    if (label && label.closest("[data-field-wrapper]") === wrapper) return idOf(label);
    const segment = control.closest(".js-translation-editor li:has(> h3)");
    if (segment) return idOf(segment.querySelector(":scope > h3"));
    const block = control.closest("section[aria-labelledby]");
    if (block) return block.getAttribute("aria-labelledby");
    const button = control.form && control.form.previousElementSibling;
    if (control.type === "file" && button && button.tagName === "BUTTON") return idOf(button);
    return null;
  };

  const fix = () => {
    document.querySelectorAll(CONTROLS).forEach((control) => {
      if (named(control)) return;
      const source = nameSource(control);
      if (source) control.setAttribute("aria-labelledby", source);
    });
    document.querySelectorAll(".w-minimap__list:not([tabindex])").forEach((list) => {
      list.setAttribute("tabindex", "0");
      const toggle = document.getElementById("w-minimap-toggle");
      if (toggle) list.setAttribute("aria-labelledby", toggle.id);
    });
    // Django admin's two-list chooser (network_site/core/widgets.py) names its filter boxes by an icon, a plain span
    // with an aria-label, which ARIA allows only on an element with a role: as an image it keeps naming the box.
    document.querySelectorAll(".selector .search-label-icon[aria-label]:not([role])").forEach((icon) => {
      icon.setAttribute("role", "img");
    });
  };

  let scheduled = false;
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      fix();
    });
  };

  const start = () => {
    fix();
    new MutationObserver(schedule).observe(document.body, { childList: true, subtree: true });
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
