// The two ECharts views: a dyad's timeline (cooperation up, conflict down, mean Goldstein as a line) and the actor
// network (parties as nodes, dyads as edges coloured by mean Goldstein).
const C = {vcoop: '#5b9bea', mcoop: '#27a86b', vconf: '#f0a030', mconf: '#e0474c', gold: '#7a5af5'};

function chart(el) {
  return echarts.getInstanceByDom(el) || echarts.init(el, null, {renderer: 'canvas'});
}

/** Draws a series (points from GET /api/dyads/{a}/{b}/series); onPeriod(period, granularity) on a bar click. */
export function drawTimeline(el, series, onPeriod) {
  el.querySelectorAll('.empty').forEach(n => n.remove());
  const c = chart(el);
  const pts = series.points;
  el.dataset.points = String(pts.length);
  el.dataset.dyad = series.a + ',' + series.b;
  if (!pts.length) {
    c.clear();
    c.setOption({title: {text: 'No realised events between ' + series.a + ' and ' + series.b, left: 'center', top: 'middle',
      textStyle: {color: '#6b7588', fontSize: 13, fontWeight: 'normal'}}});
    return;
  }
  const x = pts.map(p => p.period);
  const bar = (name, color, values) => ({name, type: 'bar', stack: 'events', data: values, itemStyle: {color},
    barMaxWidth: 26, emphasis: {focus: 'series'}});
  c.setOption({
    animation: false,
    grid: {left: 44, right: 48, top: 34, bottom: pts.length > 40 ? 64 : 30},
    legend: {top: 0, itemWidth: 12, itemHeight: 10, textStyle: {fontSize: 11}},
    tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}, valueFormatter: v => v == null ? '' : Math.abs(v)},
    xAxis: {type: 'category', data: x, axisLabel: {fontSize: 11}},
    yAxis: [
      {type: 'value', name: 'events', nameTextStyle: {fontSize: 11}, axisLabel: {formatter: v => Math.abs(v)}, minInterval: 1},
      {type: 'value', name: 'Goldstein', min: -10, max: 10, nameTextStyle: {fontSize: 11}, splitLine: {show: false}},
    ],
    dataZoom: pts.length > 40 ? [{type: 'slider', height: 18, bottom: 8, start: Math.max(0, 100 - 4000 / pts.length), end: 100},
      {type: 'inside'}] : [],
    series: [
      bar('Verbal cooperation', C.vcoop, pts.map(p => p.verbal_cooperation)),
      bar('Material cooperation', C.mcoop, pts.map(p => p.material_cooperation)),
      bar('Verbal conflict', C.vconf, pts.map(p => -p.verbal_conflict)),
      bar('Material conflict', C.mconf, pts.map(p => -p.material_conflict)),
      {name: 'Mean Goldstein', type: 'line', yAxisIndex: 1, data: pts.map(p => p.events ? p.goldstein_mean : null),
        connectNulls: true, symbolSize: 6, lineStyle: {width: 2, color: C.gold}, itemStyle: {color: C.gold}},
    ],
  }, true);
  c.off('click');
  c.on('click', p => { if (p.name) onPeriod(p.name, series.granularity); });
}

/** Draws the busiest dyads (GET /api/dyads) as a graph; onEdge(a, b) and onNode(key) on clicks. */
export function drawNetwork(el, dyads, onEdge, onNode) {
  const c = chart(el);
  const degree = new Map();
  for (const d of dyads) for (const k of [d.a, d.b]) degree.set(k, (degree.get(k) || 0) + d.events);
  const max = Math.max(1, ...degree.values());
  const maxEdge = Math.max(1, ...dyads.map(d => d.events));
  const nodes = [...degree.entries()].map(([k, n]) => ({id: k, name: k, value: n, symbolSize: 8 + 26 * Math.sqrt(n / max),
    itemStyle: {color: '#2d4a7c', borderColor: '#fff', borderWidth: 1.5}}));
  const edges = dyads.map(d => ({source: d.a, target: d.b, value: d.events, goldstein: d.goldstein_mean, conflict: d.conflict,
    lineStyle: {width: 1 + 6 * d.events / maxEdge, color: goldsteinColor(d.goldstein_mean), opacity: .8, curveness: .08}}));
  c.setOption({
    animationDuration: 400,
    tooltip: {formatter: p => p.dataType === 'edge'
      ? `${p.data.source} ↔ ${p.data.target}<br>${p.data.value} events, ${p.data.conflict} conflict<br>mean Goldstein ${p.data.goldstein}`
      : `${p.name}: ${p.value} events`},
    series: [{type: 'graph', layout: 'force', roam: true, draggable: true, data: nodes, links: edges, zoom: .9,
      force: {repulsion: 90, edgeLength: [30, 90], gravity: .25, friction: .2}, emphasis: {focus: 'adjacency'},
      label: {show: true, position: 'right', fontSize: 10.5, color: '#1b2333', fontWeight: 'bold'},
      labelLayout: {hideOverlap: true}}],
  }, true);
  c.off('click');
  c.on('click', p => {
    if (p.dataType === 'edge') onEdge(p.data.source, p.data.target);
    else if (p.dataType === 'node') onNode(p.name);
  });
}

function goldsteinColor(g) {
  if (g <= -5) return C.mconf;
  if (g < 0) return C.vconf;
  if (g < 3) return C.vcoop;
  return C.mcoop;
}

export function resizeCharts(...els) { for (const el of els) { const c = echarts.getInstanceByDom(el); if (c) c.resize(); } }
