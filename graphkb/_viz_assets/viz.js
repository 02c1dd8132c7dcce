// graphkb's page script: draws the stance graph and wires the filters.
// Every string from the data reaches the screen through textContent or the canvas, never as HTML.
(function () {
  "use strict";
  var payload = JSON.parse(document.getElementById("graphkb-data").textContent);

  function tooltip(heading, rows) {
    var box = document.createElement("div");
    var head = document.createElement("div");
    box.className = "gk-tip";
    head.className = "gk-tip-head";
    head.textContent = heading;
    box.appendChild(head);
    rows.forEach(function (row) {
      var line = document.createElement("div");
      var key = document.createElement("span");
      var value = document.createElement("span");
      line.className = "gk-tip-row";
      key.className = "gk-tip-key";
      key.textContent = row[0] + ": ";
      value.textContent = row[1];
      line.appendChild(key);
      line.appendChild(value);
      box.appendChild(line);
    });
    return box;
  }

  function withTooltips(items) {
    return items.map(function (item) {
      var copy = Object.assign({}, item);
      copy.title = tooltip(item.heading, item.tip);
      delete copy.heading;
      delete copy.tip;
      return copy;
    });
  }

  var nodes = new vis.DataSet(withTooltips(payload.nodes));
  var edges = new vis.DataSet(withTooltips(payload.edges));
  var container = document.getElementById("gk-network");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, payload.options);
  var state = { network: network, nodes: nodes, edges: edges, stable: false };

  function settled() {
    if (payload.freeze) {
      network.setOptions({ physics: { enabled: false } });
    }
    state.stable = true;
  }
  if (payload.options.physics.enabled) {
    network.once("stabilizationIterationsDone", settled);
  } else {
    network.once("afterDrawing", settled);
  }

  function checkedValues(name) {
    var boxes = document.querySelectorAll('input[name="' + name + '"]');
    var values = new Set();
    boxes.forEach(function (box) {
      if (box.checked) {
        values.add(box.value);
      }
    });
    return values;
  }

  function applyFilter() {
    var types = checkedValues("gk-type");
    var modalities = checkedValues("gk-modality");
    edges.update(edges.get({ fields: ["id", "type", "modality"] }).map(function (edge) {
      return { id: edge.id, hidden: !(types.has(edge.type) && modalities.has(edge.modality)) };
    }));
  }

  function setAll(name, checked) {
    document.querySelectorAll('input[name="' + name + '"]').forEach(function (box) {
      box.checked = checked;
    });
    applyFilter();
  }

  document.querySelectorAll('input[name="gk-type"], input[name="gk-modality"]').forEach(
    function (box) { box.addEventListener("change", applyFilter); }
  );
  document.querySelectorAll("button[data-gk-all]").forEach(function (button) {
    button.addEventListener("click", function () {
      setAll(button.getAttribute("data-gk-all"), button.getAttribute("data-gk-state") === "on");
    });
  });

  state.applyFilter = applyFilter;
  window.graphkb = state;
})();
