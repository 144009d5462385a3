// Saves a statement of the Selbstcheck as soon as its answer or comment changes, so closing the
// browser loses nothing. Without this script the buttons save the whole page; nothing depends on it.
(function () {
  "use strict";
  var form = document.querySelector("form[data-autosave]");
  if (!form || !window.fetch || !window.FormData) { return; }
  var status = document.getElementById("autosave-status");
  var csrf = form.querySelector("input[name=csrf]");

  function statementOf(name) {
    return name.replace(/^[ac]:/, "");
  }

  function save(item) {
    var body = new URLSearchParams();
    body.append("csrf", csrf.value);
    body.append("autosave", "1");
    var checked = form.querySelector("input[name='a:" + CSS.escape(item) + "']:checked");
    var comment = form.querySelector("textarea[name='c:" + CSS.escape(item) + "']");
    body.append("a:" + item, checked ? checked.value : "");
    body.append("c:" + item, comment ? comment.value : "");
    // Not form.action: the buttons named "action" shadow that property.
    fetch(form.getAttribute("action"), {
      method: "POST",
      body: body,
      credentials: "same-origin",
      headers: { "Content-Type": "application/x-www-form-urlencoded" }
    }).then(function (response) {
      if (response.status === 204) {
        status.textContent = form.getAttribute("data-saved");
        return;
      }
      return response.text().then(function (text) {
        status.textContent = form.getAttribute("data-failed") + " " + (response.status === 422 ? text : "");
      });
    }).catch(function () {
      status.textContent = form.getAttribute("data-failed");
    });
  }

  form.addEventListener("change", function (event) {
    var name = event.target.name || "";
    if (name.indexOf("a:") === 0 || name.indexOf("c:") === 0) {
      save(statementOf(name));
    }
  });
})();
