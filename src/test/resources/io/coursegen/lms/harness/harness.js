// A stand-in LMS for the browser tests: scorm-again's SCORM 1.2 or 2004 run-time as window.API or
// window.API_1484_11 in this, the top frame, and a package's launch page in the frame below, as an LMS
// opens a SCO. Query: std=1.2|2004, pkg=folder of the unpacked package, sco=SCO id. A relaunch passes the
// saved data model as window.harnessStart (flattened cmi keys), set before this page loads.
// Every call the package makes is recorded in window.harness.calls with its result and error code.
(function () {
  "use strict";
  var params = new URLSearchParams(window.location.search);
  var v12 = params.get("std") === "1.2";
  var settings = { autocommit: false, logLevel: 5 };
  var api = v12 ? new window.Scorm12API(settings) : new window.Scorm2004API(settings);
  var calls = [];
  var names = v12 ? ["LMSInitialize", "LMSSetValue", "LMSGetValue", "LMSCommit", "LMSFinish"]
    : ["Initialize", "SetValue", "GetValue", "Commit", "Terminate"];
  names.forEach(function (name) {
    var original = api[name].bind(api);
    api[name] = function () {
      var result = original.apply(null, arguments);
      var error = String(v12 ? api.LMSGetLastError() : api.GetLastError());
      calls.push({ call: name, args: Array.prototype.slice.call(arguments).map(String), result: String(result), error: error });
      return result;
    };
  });
  if (window.harnessStart) api.loadFromFlattenedJSON(window.harnessStart);
  window[v12 ? "API" : "API_1484_11"] = api;
  var frame = document.getElementById("sco");
  window.harness = {
    calls: calls,
    api: api,
    // The LMS closes the SCO (the learner leaves it): its launch page is unloaded.
    close: function () { frame.src = "about:blank"; }
  };
  frame.src = params.get("pkg") + "/lms/launch.html?sco=" + encodeURIComponent(params.get("sco") || "course");
})();
