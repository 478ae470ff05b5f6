// Small helpers for the workspace's pages; every page works without them.
// 1. The schedule follows the case file as it is typed, or the form as it is filled in.
// 2. "Choose a file" fills the import box with the chosen case file.
document.documentElement.classList.add("js");

document.addEventListener("DOMContentLoaded", function () {
  follow(document.getElementById("draft-form"), document.getElementById("preview"));
  follow(document.getElementById("case-form"), document.getElementById("form-preview"));
  function follow(form, target) {
    if (!form || !target) { return; }
    var timer = null;
    var latest = 0;
    form.addEventListener("input", function () {
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
