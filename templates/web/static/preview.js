// Small helpers for the workspace's pages; every page works without them.
// 1. The schedule beside the case file follows the text as it is typed.
// 2. "Choose a file" fills the import box with the chosen case file.
document.documentElement.classList.add("js");

document.addEventListener("DOMContentLoaded", function () {
  var form = document.getElementById("draft-form");
  var text = document.getElementById("case-file");
  var target = document.getElementById("preview");
  if (form && text && target) {
    var timer = null;
    var latest = 0;
    text.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var request = ++latest;
        var body = new URLSearchParams(new FormData(form));
        fetch(form.dataset.preview, { method: "POST", body: body, credentials: "same-origin" })
          .then(function (response) { return response.ok ? response.text() : null; })
          .then(function (html) { if (html !== null && request === latest) { target.innerHTML = html; } })
          .catch(function () {});
      }, 400);
    });
  }
  var picker = document.querySelector("input[type=file][data-fills]");
  if (picker) {
    picker.addEventListener("change", function () {
      var file = picker.files && picker.files[0];
      var box = document.getElementById(picker.dataset.fills);
      if (!file || !box) { return; }
      if (file.size > 1048576) { alert("A case file is at most 1 MB."); return; }
      file.text().then(function (content) { box.value = content; });
    });
  }
});
