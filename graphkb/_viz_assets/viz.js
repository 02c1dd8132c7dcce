// graphkb's page script: draws the stance graph, wires search, filters and the evidence panel.
// Every string from the data reaches the screen through textContent, form values or the
// canvas, never as HTML.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("graphkb-data").textContent);
  var GREY = [127, 127, 127], RED = [214, 39, 40], GREEN = [44, 160, 44];
  var LABEL_SCALE = 1.5;  // zoomed in this far, every pair line shows its label
  var LIST_CAP = 300;
  var NO_LABEL = " ";  // vis-network keeps drawing the old label when given "" or null

  var actors = {};
  data.actors.forEach(function (a) { actors[a.id] = a; });
  var stances = data.stances;
  stances.forEach(function (s, i) { s.index = i; });
  var documents = data.documents;
  var dates = Array.from(new Set(stances.map(function (s) { return s.date; })
    .filter(function (d) { return !!d; }))).sort();

  var view = {
    perStance: false, rollUp: false, types: null, modalities: null,
    from: 0, to: Math.max(dates.length - 1, 0), undated: true, document: "",
    selection: null, labels: false, hovered: null, found: null
  };

  function $(id) { return document.getElementById(id); }
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }
  function name(id) {
    return actors[id] ? actors[id].name : (data.names[id] || id);
  }
  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }

  function tooltip(heading, rows) {
    var box = el("div", "gk-tip");
    box.appendChild(el("div", "gk-tip-head", heading));
    rows.forEach(function (row) {
      if (row[1] === null || row[1] === undefined || row[1] === "") { return; }
      var line = el("div", "gk-tip-row");
      if (row[0]) { line.appendChild(el("span", "gk-tip-key", row[0] + ": ")); }
      line.appendChild(el("span", null, row[1]));
      box.appendChild(line);
    });
    return box;
  }

  // -- nodes -------------------------------------------------------------------------------
  function nodeRecord(a) {
    var focus = a.id === data.focus;
    var more = a.kind === "more";
    var record = {
      id: a.id, label: a.label, shape: a.shape, size: more ? 12 : a.size,
      color: { background: a.colour, border: focus ? "#111111" : "#444444",
               highlight: { background: a.colour, border: "#000000" },
               hover: { background: a.colour, border: "#000000" } },
      borderWidth: focus ? 5 : 1,
      font: more ? { size: a.font, color: "#555555" } : { size: a.font },
      title: more
        ? tooltip(a.name, [["around", name(a.hub)], ["left out", a.names.slice(0, 12).join(", ") +
            (a.names.length > 12 ? ", \u2026" : "")]])
        : tooltip(a.name, [["id", a.id], ["kind", a.kind], ["country", a.country],
            ["role", a.role], ["Wikidata", a.qid], ["also", a.aliases.join(", ")],
            ["bloc", a.bloc],
            ["", "click to read its stances"]])
    };
    if (a.x !== undefined) { record.x = a.x; record.y = a.y; }
    return record;
  }

  var nodes = new vis.DataSet(data.actors.map(nodeRecord));
  var edges = new vis.DataSet([]);
  var container = $("gk-network");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);
  var state = { network: network, nodes: nodes, edges: edges, stable: false, view: view };

  function settled() {
    if (data.freeze) { network.setOptions({ physics: { enabled: false } }); }
    state.stable = true;
  }
  if (data.options.physics.enabled) {
    network.once("stabilizationIterationsDone", settled);
  } else {
    network.once("afterDrawing", settled);
  }

  // -- which stances are shown ---------------------------------------------------------------
  function checkedValues(name) {
    var values = new Set();
    document.querySelectorAll('input[name="' + name + '"]').forEach(function (box) {
      if (box.checked) { values.add(box.value); }
    });
    return values;
  }

  function passes(s) {
    if (!view.types.has(s.type) || !view.modalities.has(s.modality)) { return false; }
    if (view.document && s.document !== view.document) { return false; }
    if (!s.date) { return view.undated; }
    return dates.length === 0 || (s.date >= dates[view.from] && s.date <= dates[view.to]);
  }

  function home(id) {
    var a = actors[id];
    return view.rollUp && a && a.home ? a.home : id;
  }

  function shownStances() { return stances.filter(passes); }

  // -- lines -------------------------------------------------------------------------------
  function mix(weight) {
    var to = weight < 0 ? RED : GREEN, t = Math.min(Math.abs(weight), 1);
    var rgb = GREY.map(function (g, i) { return Math.round(g + (to[i] - g) * t); });
    return "rgb(" + rgb.join(",") + ")";
  }

  function pairSummary(pair) {
    var counts = {};
    pair.stances.forEach(function (s) { counts[s.type] = (counts[s.type] || 0) + s.count; });
    var types = Object.keys(counts).sort(function (x, y) {
      return counts[y] - counts[x] || (x < y ? -1 : 1);
    });
    return types.map(function (t) { return counts[t] > 1 ? t + " \u00d7" + counts[t] : t; });
  }

  function pairs(shown) {
    var byKey = {};
    shown.forEach(function (s) {
      var a = home(s.source), b = home(s.target);
      if (a === b) { return; }
      var key = a < b ? a + "\u0001" + b : b + "\u0001" + a;
      var pair = byKey[key];
      if (!pair) {
        pair = byKey[key] = { key: key, a: a < b ? a : b, b: a < b ? b : a, stances: [],
                              n: 0, signed: 0, weight: 0, forward: false, backward: false };
      }
      var w = data.modality_weight[s.modality];
      pair.stances.push(s);
      pair.n += s.count;
      pair.signed += s.polarity * w * s.count;
      pair.weight += w * s.count;
      if (!s.symmetric) {
        if (a === pair.a) { pair.forward = true; } else { pair.backward = true; }
      }
    });
    return Object.keys(byKey).sort().map(function (k) { return byKey[k]; });
  }

  function pairLabel(pair) {
    var types = pairSummary(pair);
    return types.slice(0, 3).join(", ") + (types.length > 3 ? ", \u2026" : "");
  }

  function pairEdge(pair) {
    var net = pair.weight > 0 ? pair.signed / pair.weight : 0;
    var colour = mix(net);
    var arrows = (pair.forward ? "to" : "") + (pair.forward && pair.backward ? ", " : "") +
      (pair.backward ? "from" : "");
    var edge = {
      id: "pair:" + pair.key, from: pair.a, to: pair.b, kind: "pair",
      width: Math.min(1 + 1.6 * Math.log2(1 + pair.n), 12),
      color: { color: colour, highlight: colour, hover: colour,
               opacity: pair.weight > 0 ? 1.0 : 0.4 },
      dashes: pair.weight === 0, arrows: arrows || "", smooth: false,
      label: view.labels ? pairLabel(pair) : "",
      title: tooltip(name(pair.a) + " \u2014 " + name(pair.b), [
        ["stances", pair.n + (pair.weight > 0 ? ", net " + (net > 0 ? "+" : "") +
          net.toFixed(2) : "")],
        ["types", pairSummary(pair).join(", ")], ["", "click to read the evidence"]])
    };
    return edge;
  }

  var MODALITY_LINE = { hypothetical: [[10, 6], 1.0], negated: [[2, 6], 0.35] };

  function stanceEdges(shown) {
    var lanes = {};
    var out = [];
    shown.forEach(function (s) {
      var a = home(s.source), b = home(s.target);
      if (a === b) { return; }
      var key = a < b ? a + "\u0001" + b : b + "\u0001" + a;
      var lane = lanes[key] = (lanes[key] === undefined ? 0 : lanes[key] + 1);
      var colour = s.polarity < 0 ? "#d62728" : (s.polarity > 0 ? "#2ca02c" : "#7f7f7f");
      var line = MODALITY_LINE[s.modality] || [false, 1.0];
      var arrow = s.symmetric ? "\u2194" : "\u2192";
      out.push({
        id: "stance:" + s.index, from: a, to: b, kind: "stance",
        label: s.count > 1 ? s.type + " \u00d7" + s.count : s.type,
        color: { color: colour, highlight: colour, hover: colour, opacity: line[1] },
        font: { color: line[1] < 1 ? "#999999" : "#333333" },
        dashes: line[0], arrows: s.symmetric ? "to, from" : "to",
        width: 1.5 + Math.min(Math.log2(s.count), 4),
        smooth: { enabled: true, type: "curvedCW", roundness: 0.2 * lane },
        title: tooltip(name(s.source) + " " + arrow + " " + s.type + " " + arrow + " " +
          name(s.target), [["modality", s.modality], ["date", s.date],
          ["attributed to", s.by ? name(s.by) : null],
          ["document", (documents[s.document] || {}).title || s.document],
          ["evidence", s.text], ["summary", s.summary],
          ["stances", s.count > 1 ? s.count + " aggregated" : null]])
      });
    });
    return out;
  }

  // -- redraw --------------------------------------------------------------------------------
  var currentPairs = {};

  function redraw() {
    view.types = checkedValues("gk-type");
    view.modalities = checkedValues("gk-modality");
    var shown = shownStances();
    var records;
    currentPairs = {};
    if (view.perStance) {
      records = stanceEdges(shown);
    } else {
      records = pairs(shown).map(function (pair) {
        currentPairs["pair:" + pair.key] = pair;
        return pairEdge(pair);
      });
    }
    var used = new Set();
    records.forEach(function (e) { used.add(e.from); used.add(e.to); });
    data.actors.forEach(function (a) {
      if (a.kind === "more" && used.has(home(a.hub))) {
        records.push({ id: "more:" + a.id, from: home(a.hub), to: a.id, kind: "more",
                       dashes: [4, 4], color: { color: "#bbbbbb", opacity: 1.0 }, width: 1,
                       arrows: "", smooth: false });
        used.add(a.id);
      }
    });
    if (data.focus && home(data.focus) === data.focus) { used.add(data.focus); }
    edges.clear();
    edges.add(records);
    nodes.update(data.actors.map(function (a) {
      return { id: a.id, hidden: !used.has(a.id) };
    }));
    var visibleActors = data.actors.filter(function (a) {
      return a.kind !== "more" && used.has(a.id);
    }).length;
    var n = shown.reduce(function (sum, s) { return sum + s.count; }, 0);
    $("gk-shown").textContent = "showing " + plural(visibleActors, "actor") + ", " +
      plural(n, "stance");
    refreshPanel();
  }

  // -- evidence panel ----------------------------------------------------------------------
  function oneLine(text) { return String(text).replace(/\s+/g, " ").trim(); }

  function citation(s) {
    var doc = documents[s.document] || {};
    var head = name(s.source) + " " + s.type + " " + name(s.target) + " (" + s.modality +
      (s.date ? ", " + s.date : "") + (s.by ? ", according to " + name(s.by) : "") + ").";
    var body = s.text ? " \u201c" + oneLine(s.text) + "\u201d" :
      (s.summary ? " Summary: " + oneLine(s.summary) + "." : "");
    var where = [doc.title ? "\u201c" + oneLine(doc.title) + "\u201d" : s.document,
                 doc.publisher, doc.date, doc.url].filter(function (x) { return !!x; });
    return head + body + " Source: " + where.join(", ") + ". graphkb stance " + s.id + ".";
  }

  function copyCitation(s) {
    var text = citation(s);
    var box = $("gk-citation");
    var status = $("gk-copy-status");
    box.value = text;
    state.lastCitation = text;
    function fallback() {
      box.focus();
      box.select();
      var done = false;
      try { done = document.execCommand("copy"); } catch (err) { done = false; }
      status.textContent = done ? "Citation copied." :
        "Copying was refused: the citation is selected below; press Ctrl+C.";
    }
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(function () {
        status.textContent = "Citation copied to the clipboard.";
      }, fallback);
    } else {
      fallback();
    }
  }

  function row(dl, key, value, node) {
    if (!node && (value === null || value === undefined || value === "")) { return; }
    dl.appendChild(el("dt", null, key));
    var dd = el("dd", null, node ? null : value);
    if (node) { dd.appendChild(node); }
    dl.appendChild(dd);
  }

  function stanceItem(s) {
    var doc = documents[s.document] || {};
    var li = el("li", "gk-stance");
    var details = el("details");
    var head = (s.date || "undated") + " \u00b7 " + name(s.source) + " " + s.type + " " +
      name(s.target) + " \u00b7 " + s.modality + (s.by ? " (claimed by " + name(s.by) + ")" : "") +
      (s.count > 1 ? " \u00d7" + s.count : "");
    details.appendChild(el("summary", null, head));
    var body = el("div", "gk-stance-body");
    body.appendChild(el("blockquote", "gk-evidence-text", s.text || s.summary ||
      "(no sentence stored for this stance)"));
    var dl = el("dl");
    if (s.text) { row(dl, "summary", s.summary); }
    row(dl, "claimed by", s.by ? name(s.by) + " (" + s.by + ")" : null);
    row(dl, "document", doc.title || s.document);
    row(dl, "publisher", doc.publisher);
    row(dl, "published", doc.date);
    if (doc.url && /^https?:\/\//i.test(doc.url)) {
      var link = el("a", null, doc.url);
      link.href = doc.url;
      link.rel = "noopener noreferrer";
      link.target = "_blank";
      row(dl, "link", null, link);
    }
    row(dl, "confidence", s.confidence);
    row(dl, "stances", s.count > 1 ? s.count + " alike; one shown" : null);
    row(dl, "stance id", s.id);
    body.appendChild(dl);
    var copy = el("button", "gk-copy", "Copy citation");
    copy.type = "button";
    copy.addEventListener("click", function () { copyCitation(s); });
    body.appendChild(copy);
    details.appendChild(body);
    li.appendChild(details);
    return li;
  }

  function byDate(x, y) {
    var dx = x.date || "", dy = y.date || "";
    return dx < dy ? 1 : (dx > dy ? -1 : (x.type < y.type ? -1 : (x.type > y.type ? 1 : 0)));
  }

  function fillPanel(title, about, list, hint) {
    $("gk-ev-title").textContent = title;
    var box = $("gk-ev-about");
    box.textContent = "";
    about.forEach(function (line) { if (line) { box.appendChild(el("div", null, line)); } });
    var ol = $("gk-ev-list");
    ol.textContent = "";
    list.slice().sort(byDate).slice(0, LIST_CAP).forEach(function (s) {
      ol.appendChild(stanceItem(s));
    });
    var rest = list.length > LIST_CAP ? " " + (list.length - LIST_CAP) + " more not listed." : "";
    $("gk-ev-hint").textContent = hint !== undefined ? hint :
      plural(list.length, "stance") + " shown; click one to read its evidence." + rest;
  }

  function showActor(id) {
    var a = actors[id];
    if (!a) { return; }
    if (a.kind === "more") {
      fillPanel(a.name + " around " + name(a.hub), ["Left out to keep the view readable:"]
        .concat(a.names), [], "Focus on " + name(a.hub) + " to see them.");
      return;
    }
    var about = [a.kind + " \u00b7 " + a.id, a.role, a.country && a.country !== a.id ?
      "serves " + name(a.country) + " (" + a.country + ")" : null,
      a.qid ? "Wikidata " + a.qid : null, a.bloc ? "bloc " + a.bloc : null,
      a.aliases.length ? "also: " + a.aliases.join(", ") : null];
    var list = shownStances().filter(function (s) {
      return home(s.source) === id || home(s.target) === id;
    });
    fillPanel(a.name, about, list);
  }

  function showPair(a, b) {
    var list = shownStances().filter(function (s) {
      var x = home(s.source), y = home(s.target);
      return (x === a && y === b) || (x === b && y === a);
    });
    var pair = pairs(list)[0];
    var about = pair ? [pairSummary(pair).join(", ")] : [];
    fillPanel(name(a) + " \u2014 " + name(b), about, list);
  }

  function refreshPanel() {
    var sel = view.selection;
    if (!sel) { return; }
    if (sel.kind === "actor") { showActor(home(sel.id)); }
    if (sel.kind === "pair") { showPair(home(sel.a), home(sel.b)); }
    if (sel.kind === "stance") {
      fillPanel(name(sel.stance.source) + " " + sel.stance.type + " " +
        name(sel.stance.target), [], passes(sel.stance) ? [sel.stance] : []);
    }
  }

  function select(selection, opening) {
    if (!opening) { $("gk-legend").open = false; }  // the reader's first pick: room for it
    view.selection = selection;
    refreshPanel();
  }

  network.on("click", function (params) {
    if (params.nodes.length) {
      select({ kind: "actor", id: params.nodes[0] });
    } else if (params.edges.length) {
      var id = params.edges[0];
      var pair = currentPairs[id];
      if (pair) {
        select({ kind: "pair", a: pair.a, b: pair.b });
      } else if (id.indexOf("stance:") === 0) {
        select({ kind: "stance", stance: stances[Number(id.slice(7))] });
      }
    }
  });

  // -- labels on hover and close up ----------------------------------------------------------
  function setPairLabels(on) {
    view.labels = on;
    edges.update(Object.keys(currentPairs).map(function (id) {
      return { id: id, label: on ? pairLabel(currentPairs[id]) : NO_LABEL };
    }));
  }
  network.on("zoom", function () {
    var on = network.getScale() >= LABEL_SCALE;
    if (on !== view.labels) { setPairLabels(on); }
  });
  // the hovered and the selected pair show their labels even when zoomed out
  function relabel(id) {
    var pair = currentPairs[id];
    if (pair && !view.labels) {
      var on = id === view.hovered || network.getSelectedEdges().indexOf(id) >= 0;
      edges.update({ id: id, label: on ? pairLabel(pair) : NO_LABEL });
    }
  }
  function hoverOn(id) {
    var before = view.hovered;
    view.hovered = id;
    if (before && before !== id) { relabel(before); }
    if (id) { relabel(id); }
  }
  network.on("hoverEdge", function (params) { hoverOn(params.edge); });
  network.on("blurEdge", function () { hoverOn(null); });
  network.on("hoverNode", function () { hoverOn(null); });
  network.on("selectEdge", function (params) { params.edges.forEach(relabel); });
  network.on("deselectEdge", function (params) {
    params.previousSelection.edges.forEach(function (edge) {
      relabel(typeof edge === "string" ? edge : edge.id);
    });
  });
  container.addEventListener("mouseleave", function () { hoverOn(null); });

  // -- search ------------------------------------------------------------------------------
  function matches(query) {
    var q = query.trim().toLowerCase();
    if (!q) { return []; }
    var found = [];
    data.actors.forEach(function (a) {
      if (a.kind === "more") { return; }
      var best = 9;
      [a.id, a.name].concat(a.aliases).forEach(function (text) {
        var t = String(text).toLowerCase();
        var rank = t === q ? 0 : (t.indexOf(q) === 0 ? 1 : (t.indexOf(q) > 0 ? 2 : 9));
        best = Math.min(best, rank);
      });
      if (best < 9) { found.push([best, a.name.toLowerCase(), a.id]); }
    });
    found.sort(function (x, y) {
      return x[0] - y[0] || (x[1] < y[1] ? -1 : (x[1] > y[1] ? 1 : 0));
    });
    return found.slice(0, 8).map(function (f) { return f[2]; });
  }

  function jump(id) {
    var target = home(id);
    if (view.found && nodes.get(view.found)) {
      var old = actors[view.found];
      nodes.update({ id: old.id, borderWidth: old.id === data.focus ? 5 : 1,
                     color: nodeRecord(old).color });
    }
    view.found = target;
    nodes.update({ id: target, borderWidth: 6,
                   color: { background: actors[target].colour, border: "#ff7f0e" } });
    var hidden = nodes.get(target).hidden;
    if (!hidden) {
      network.selectNodes([target]);
      network.focus(target, { scale: Math.max(network.getScale(), 1.0), animation: false });
    }
    select({ kind: "actor", id: target });
    if (hidden) {
      $("gk-ev-hint").textContent = "Hidden by the filters: none of its stances is shown.";
    }
  }

  function showResults() {
    var list = $("gk-search-results");
    list.textContent = "";
    matches($("gk-search").value).forEach(function (id) {
      var li = el("li");
      var button = el("button", null, actors[id].name + " (" + id + ")");
      button.type = "button";
      button.setAttribute("data-gk-actor", id);
      button.addEventListener("click", function () { jump(id); });
      li.appendChild(button);
      list.appendChild(li);
    });
  }
  $("gk-search").addEventListener("input", showResults);
  $("gk-search").addEventListener("keydown", function (event) {
    if (event.key === "Enter") {
      var first = matches(event.target.value)[0];
      if (first) { jump(first); }
      event.preventDefault();
    }
  });

  // -- controls ------------------------------------------------------------------------------
  function dateLabel() {
    var label = $("gk-date-label");
    if (!dates.length) { label.textContent = "no dated stances"; return; }
    label.textContent = dates[view.from] + " \u2013 " + dates[view.to] + " (" +
      (view.to - view.from + 1) + " of " + plural(dates.length, "day") + ")";
  }
  [$("gk-date-from"), $("gk-date-to")].forEach(function (input) {
    input.max = String(Math.max(dates.length - 1, 0));
    input.disabled = dates.length < 2;
  });
  $("gk-date-to").value = String(view.to);
  $("gk-date-from").addEventListener("input", function (event) {
    view.from = Number(event.target.value);
    if (view.from > view.to) { view.to = view.from; $("gk-date-to").value = String(view.to); }
    dateLabel();
    redraw();
  });
  $("gk-date-to").addEventListener("input", function (event) {
    view.to = Number(event.target.value);
    if (view.to < view.from) { view.from = view.to; $("gk-date-from").value = String(view.from); }
    dateLabel();
    redraw();
  });
  $("gk-undated").addEventListener("change", function (event) {
    view.undated = event.target.checked;
    redraw();
  });

  var select_ = $("gk-document");
  Object.keys(documents).sort(function (x, y) {
    var dx = documents[x].date || "", dy = documents[y].date || "";
    return dx < dy ? 1 : (dx > dy ? -1 : (x < y ? -1 : 1));
  }).forEach(function (id) {
    var doc = documents[id];
    var option = el("option", null, (doc.date ? doc.date + " \u00b7 " : "") + (doc.title || id));
    option.value = id;
    select_.appendChild(option);
  });
  select_.addEventListener("change", function () { view.document = select_.value; redraw(); });

  $("gk-all-stances").addEventListener("change", function (event) {
    view.perStance = event.target.checked;
    redraw();
  });
  $("gk-roll-up").addEventListener("change", function (event) {
    view.rollUp = event.target.checked;
    redraw();
  });
  document.querySelectorAll('input[name="gk-type"], input[name="gk-modality"]').forEach(
    function (box) { box.addEventListener("change", redraw); }
  );
  document.querySelectorAll("button[data-gk-all]").forEach(function (button) {
    button.addEventListener("click", function () {
      var on = button.getAttribute("data-gk-state") === "on";
      document.querySelectorAll('input[name="' + button.getAttribute("data-gk-all") + '"]')
        .forEach(function (box) { box.checked = on; });
      redraw();
    });
  });

  dateLabel();
  redraw();
  if (data.focus) { select({ kind: "actor", id: data.focus }, true); }

  state.redraw = redraw;
  state.jump = jump;
  state.citation = citation;
  window.graphkb = state;
})();
