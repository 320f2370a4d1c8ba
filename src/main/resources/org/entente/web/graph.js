/*
 * Entente's live alliance view. Reads the network from the SPARQL endpoint with queries/export-network.rq (served
 * at ./queries/), draws it with Cytoscape.js, filters it by date with the slider, and lists a relation's evidence
 * (queries/export-evidence.rq) when a line or a table row is selected.
 *
 * Small networks (8 actors or fewer) are laid out on a circle, larger ones with the force-directed cose layout.
 *
 * URL parameters: ?date=YYYY-MM-DD sets the slider; ?edge=ID selects a relation (IDs are r1, r2, ... in the order of
 * the query's rows, as in `entente export`).
 *
 * When the first layout is done the body carries data-graph-ready="true", data-node-count, data-edge-count,
 * data-visible-node-count and data-visible-edge-count; on failure, data-graph-error with the message.
 */
(function () {
  'use strict';

  var COLORS = { cooperation: '#1b7f3b', conflict: '#c62828' };
  var DAY = 86400000;
  var params = new URLSearchParams(window.location.search);
  var body = document.body;
  var statusLine = document.getElementById('status');
  var slider = document.getElementById('date');
  var dateLabel = document.getElementById('date-label');
  var tableBody = document.querySelector('#relations tbody');
  var evidenceBox = document.getElementById('evidence');
  var config = null;
  var cy = null;
  var relations = [];
  var firstDay = 0;

  function fail(message) {
    body.setAttribute('data-graph-error', message);
    statusLine.textContent = 'Error: ' + message;
    statusLine.className = 'error';
  }

  function fetchText(url) {
    return fetch(url).then(function (response) {
      if (!response.ok) {
        throw new Error(url + ': HTTP ' + response.status);
      }
      return response.text();
    });
  }

  function select(query) {
    return fetch(config.sparql, {
      method: 'POST',
      headers: { 'Content-Type': 'application/sparql-query', 'Accept': 'application/sparql-results+json' },
      body: query
    }).then(function (response) {
      if (!response.ok) {
        return response.text().then(function (text) {
          throw new Error('SPARQL endpoint ' + config.sparql + ': HTTP ' + response.status + ' ' + text.slice(0, 200));
        });
      }
      return response.json();
    }).then(function (json) {
      return json.results.bindings;
    });
  }

  function value(row, name) {
    return row[name] ? row[name].value : '';
  }

  function words(text) {
    return text.split(/\s+/).filter(function (w) { return w.length > 0; });
  }

  function toDay(text) {
    return text ? Math.floor(Date.parse(text.slice(0, 10) + 'T00:00:00Z') / DAY) : null;
  }

  function dayText(day) {
    return new Date(day * DAY).toISOString().slice(0, 10);
  }

  function lastSegment(iri) {
    return iri.replace(/^.*[\/#]/, '');
  }

  function readNetwork(rows) {
    var nodes = {};
    var list = rows.map(function (row, i) {
      ['source', 'target'].forEach(function (end) {
        var iri = value(row, end);
        if (!nodes[iri]) {
          nodes[iri] = {
            id: iri,
            label: value(row, end + 'Label') || lastSegment(iri),
            kind: value(row, end + 'Kind'),
            qid: value(row, end + 'Wikidata').replace('http://www.wikidata.org/entity/', ''),
            iso: value(row, end + 'Iso')
          };
        }
      });
      var weight = parseFloat(value(row, 'weight'));
      return {
        id: 'r' + (i + 1),
        source: value(row, 'source'),
        target: value(row, 'target'),
        sourceLabel: nodes[value(row, 'source')].label,
        targetLabel: nodes[value(row, 'target')].label,
        polarity: value(row, 'polarity'),
        weight: weight,
        strength: Math.abs(weight),
        evidence: parseInt(value(row, 'evidence') || '0', 10),
        first: value(row, 'first'),
        last: value(row, 'last'),
        firstDay: toDay(value(row, 'first')),
        eventTypes: words(value(row, 'eventTypes'))
      };
    });
    return { nodes: Object.keys(nodes).map(function (k) { return nodes[k]; }), relations: list };
  }

  function draw(network) {
    relations = network.relations;
    var maxStrength = Math.max.apply(null, [1].concat(relations.map(function (r) { return r.strength; })));
    var elements = network.nodes.map(function (n) {
      return { group: 'nodes', data: { id: n.id, label: n.label, kind: n.kind, qid: n.qid, iso: n.iso } };
    }).concat(relations.map(function (r) {
      return { group: 'edges', data: {
        id: r.id, source: r.source, target: r.target, polarity: r.polarity, weight: r.weight,
        width: 2 + 10 * r.strength / maxStrength, color: COLORS[r.polarity] || '#666'
      } };
    }));
    cy = cytoscape({
      container: document.getElementById('cy'),
      elements: elements,
      wheelSensitivity: 0.3,
      style: [
        { selector: 'node', style: {
          'label': 'data(label)', 'background-color': '#44546a', 'color': '#1d2733', 'font-size': 13,
          'text-valign': 'bottom', 'text-margin-y': 5, 'width': 22, 'height': 22
        } },
        { selector: 'node[kind != "state"]', style: { 'shape': 'round-rectangle', 'background-color': '#7a8899' } },
        { selector: 'edge', style: {
          'line-color': 'data(color)', 'width': 'data(width)', 'curve-style': 'bezier', 'opacity': 0.85
        } },
        { selector: 'edge[polarity = "conflict"]', style: { 'line-style': 'dashed' } },
        { selector: 'edge:selected', style: { 'opacity': 1, 'underlay-color': '#ffd54f', 'underlay-opacity': 0.6,
          'underlay-padding': 4 } },
        { selector: '.hidden', style: { 'display': 'none' } }
      ],
      layout: { name: 'preset' }
    });
    cy.on('tap', 'edge', function (event) {
      showEvidence(event.target.id());
    });
    buildTable();
    setUpSlider();
    var layout = cy.layout(cy.nodes().length <= 8
      ? { name: 'circle', animate: false, padding: 60, startAngle: -Math.PI / 2 }
      : { name: 'cose', animate: false, randomize: true, padding: 40, numIter: 2500, gravity: 0.2, nodeOverlap: 20,
          nodeRepulsion: function () { return 400000; }, idealEdgeLength: function () { return 100; },
          edgeElasticity: function () { return 100; } });
    layout.one('layoutstop', function () {
      cy.fit(undefined, 40);
      body.setAttribute('data-node-count', String(cy.nodes().length));
      body.setAttribute('data-edge-count', String(cy.edges().length));
      updateVisibleCounts();
      statusLine.textContent = cy.nodes().length + ' actors, ' + cy.edges().length + ' relations, from '
        + config.sparql;
      body.setAttribute('data-graph-ready', 'true');
      var wanted = params.get('edge');
      if (wanted) {
        showEvidence(wanted);
      }
    });
    layout.run();
  }

  function buildTable() {
    relations.forEach(function (r) {
      var row = document.createElement('tr');
      row.setAttribute('data-edge-id', r.id);
      row.setAttribute('data-source', r.sourceLabel);
      row.setAttribute('data-target', r.targetLabel);
      row.setAttribute('data-polarity', r.polarity);
      [r.sourceLabel + ' – ' + r.targetLabel, r.polarity, (r.weight > 0 ? '+' : '') + r.weight.toFixed(1),
        String(r.evidence), r.first === r.last ? r.first : r.first + ' – ' + r.last].forEach(function (text, i) {
        var cell = document.createElement('td');
        cell.textContent = text;
        if (i === 1) {
          cell.className = r.polarity;
        }
        row.appendChild(cell);
      });
      row.addEventListener('click', function () { showEvidence(r.id); });
      tableBody.appendChild(row);
    });
  }

  function setUpSlider() {
    var days = relations.map(function (r) { return r.firstDay; }).filter(function (d) { return d !== null; });
    if (days.length === 0) {
      dateLabel.textContent = 'all dates (no event has a date)';
      return;
    }
    var lastDays = relations.map(function (r) { return toDay(r.last); }).filter(function (d) { return d !== null; });
    firstDay = Math.min.apply(null, days);
    var lastDay = Math.max.apply(null, lastDays.concat(days));
    slider.min = '0';
    slider.max = String(lastDay - firstDay);
    slider.value = slider.max;
    var wanted = toDay(params.get('date'));
    if (wanted !== null && !isNaN(wanted)) {
      slider.value = String(Math.max(0, Math.min(lastDay - firstDay, wanted - firstDay)));
    }
    slider.disabled = false;
    slider.addEventListener('input', applyDate);
    applyDate();
  }

  function applyDate() {
    var day = firstDay + parseInt(slider.value, 10);
    dateLabel.textContent = dayText(day);
    body.setAttribute('data-date', dayText(day));
    relations.forEach(function (r) {
      var visible = r.firstDay === null || r.firstDay <= day;
      cy.getElementById(r.id).toggleClass('hidden', !visible);
      var row = tableBody.querySelector('tr[data-edge-id="' + r.id + '"]');
      row.classList.toggle('hidden', !visible);
    });
    cy.nodes().forEach(function (node) {
      node.toggleClass('hidden', node.connectedEdges().filter(function (e) { return !e.hasClass('hidden'); }).length === 0);
    });
    updateVisibleCounts();
  }

  function updateVisibleCounts() {
    body.setAttribute('data-visible-node-count', String(cy.nodes().filter(function (n) { return !n.hasClass('hidden'); }).length));
    body.setAttribute('data-visible-edge-count', String(cy.edges().filter(function (e) { return !e.hasClass('hidden'); }).length));
  }

  function iriTerm(iri) {
    if (!/^[^<>"{}|^`\\\s]+$/.test(iri)) {
      throw new Error('not an IRI: ' + iri);
    }
    return '<' + iri + '>';
  }

  function showEvidence(edgeId) {
    var relation = relations.filter(function (r) { return r.id === edgeId; })[0];
    if (!relation) {
      evidenceBox.textContent = 'No relation ' + edgeId + '.';
      return;
    }
    cy.edges().unselect();
    cy.getElementById(edgeId).select();
    Array.prototype.forEach.call(tableBody.rows, function (row) {
      row.classList.toggle('selected', row.getAttribute('data-edge-id') === edgeId);
    });
    body.setAttribute('data-evidence-for', edgeId);
    body.removeAttribute('data-evidence-count');
    evidenceBox.textContent = 'Loading the evidence…';
    var values = '\nVALUES (?source ?target ?polarity) { (' + iriTerm(relation.source) + ' ' + iriTerm(relation.target)
      + ' "' + relation.polarity + '") }\n';
    select(config.evidenceQuery + values).then(function (rows) {
      renderEvidence(relation, rows);
    }).catch(function (error) {
      fail(error.message);
    });
  }

  function renderEvidence(relation, rows) {
    var events = [];
    var byEvent = {};
    rows.forEach(function (row) {
      var id = value(row, 'event');
      if (!byEvent[id]) {
        byEvent[id] = { row: row, sentences: [] };
        events.push(byEvent[id]);
      }
      var sentence = value(row, 'sentence');
      if (sentence && byEvent[id].sentences.indexOf(sentence) < 0) {
        byEvent[id].sentences.push(sentence);
      }
    });
    evidenceBox.textContent = '';
    var heading = document.createElement('p');
    heading.textContent = relation.sourceLabel + ' – ' + relation.targetLabel + ': ' + relation.polarity + ', '
      + events.length + ' event' + (events.length === 1 ? '' : 's');
    evidenceBox.appendChild(heading);
    var list = document.createElement('ol');
    events.forEach(function (event) {
      var row = event.row;
      var item = document.createElement('li');
      item.className = 'evidence-item';
      var title = document.createElement('div');
      title.className = 'event';
      var start = value(row, 'start');
      var end = value(row, 'end');
      title.textContent = (value(row, 'eventLabel') || lastSegment(value(row, 'event'))) + ' (' + value(row, 'eventTypes')
        + ', CAMEO ' + value(row, 'cameoCode') + ', Goldstein ' + value(row, 'goldstein')
        + (start ? ', ' + (start === end ? start : start + ' – ' + end) : '') + ')';
      item.appendChild(title);
      event.sentences.forEach(function (sentence) {
        var quote = document.createElement('blockquote');
        quote.className = 'sentence';
        quote.textContent = sentence;
        item.appendChild(quote);
      });
      var source = document.createElement('div');
      source.className = 'article';
      var url = value(row, 'articleUrl');
      var link = document.createElement(/^https?:\/\//.test(url) ? 'a' : 'span');
      if (link.tagName === 'A') {
        link.href = url;
        link.target = '_blank';
        link.rel = 'noopener';
      }
      link.textContent = value(row, 'articleTitle') || value(row, 'article');
      source.appendChild(document.createTextNode('Article: '));
      source.appendChild(link);
      if (link.tagName !== 'A') {
        var iri = document.createElement('code');
        iri.textContent = value(row, 'article');
        source.appendChild(document.createTextNode(' (no URL recorded; '));
        source.appendChild(iri);
        source.appendChild(document.createTextNode(')'));
      }
      item.appendChild(source);
      list.appendChild(item);
    });
    evidenceBox.appendChild(list);
    body.setAttribute('data-evidence-count', String(events.length));
  }

  fetchText('config.json').then(function (text) {
    config = JSON.parse(text);
    return Promise.all([fetchText('queries/export-network.rq'), fetchText('queries/export-evidence.rq')]);
  }).then(function (queries) {
    config.evidenceQuery = queries[1];
    return select(queries[0]);
  }).then(function (rows) {
    var network = readNetwork(rows);
    if (network.nodes.length === 0) {
      body.setAttribute('data-node-count', '0');
      body.setAttribute('data-edge-count', '0');
      body.setAttribute('data-graph-ready', 'true');
      statusLine.textContent = 'The store has no relations between states yet.';
      return;
    }
    draw(network);
  }).catch(function (error) {
    fail(error.message);
  });
}());
