// wagtail-localize 1.14's translation editor titles each tab's section with an English sentence built in its
// compiled script, not through gettext: "Français to Anglais translation" in a French admin (issue 14). This
// script, loaded on every admin page by network_site/translations/wagtail_hooks.py, writes that heading again
// through the admin's JavaScript catalogue ("%(source)s to %(target)s translation", translated in
// network_site/locale/*/djangojs.po); the two language names are wagtail-localize's own, already in the admin's
// language. The editor renders late and re-renders, hence the observer.
(() => {
  "use strict";

  const ENGLISH = /^(.+) to (.+) translation$/;

  const fix = () => {
    if (typeof window.gettext !== "function" || typeof window.interpolate !== "function") return;
    document.querySelectorAll(".js-translation-editor section > * > h3").forEach((heading) => {
      const found = ENGLISH.exec(heading.textContent);
      if (!found) return;
      const template = window.gettext("%(source)s to %(target)s translation");
      heading.textContent = window.interpolate(template, { source: found[1], target: found[2] }, true);
    });
  };

  const start = () => {
    if (!document.querySelector(".js-translation-editor")) return;
    fix();
    new MutationObserver(fix).observe(document.body, { childList: true, subtree: true });
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
