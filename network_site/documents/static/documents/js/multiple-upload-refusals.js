// A file the multiple-upload endpoint refused (HTTP 400, network_site/documents/multiple_upload.py) is shown
// as Wagtail shows a refusal: its error message next to the file, not "Server Error".
$(function () {
    $('#fileupload').on('fileuploadalways', function (event, data) {
        var xhr = data.jqXHR;
        if (!xhr || xhr.status !== 400) {
            return;
        }
        var answer;
        try {
            answer = JSON.parse(xhr.responseText);
        } catch (error) {
            return;
        }
        if (answer && answer.error_message) {
            var item = $(data.context);
            item.removeClass('upload-server-error').addClass('upload-failure');
            $('.right .error_messages', item).text(answer.error_message);
        }
    });
});
