// The dashboard: dyad picker, timeline, events table with filters and pages, evidence view, actor network, alerts
// and the form that adds an article. All data comes from the JSON API; pages and series are computed server-side.
import {api, post, token, setToken} from './api.js';
import {drawTimeline, drawNetwork, resizeCharts} from './charts.js';
import {el, renderEvidence} from './evidence.js';

const ROOTS = ['Make public statement', 'Appeal', 'Express intent to cooperate', 'Consult', 'Engage in diplomatic cooperation',
  'Engage in material cooperation', 'Provide aid', 'Yield', 'Investigate', 'Demand', 'Disapprove', 'Reject', 'Threaten',
  'Protest', 'Exhibit force posture', 'Reduce relations', 'Coerce', 'Assault', 'Fight', 'Use unconventional mass violence'];
const QUAD = ['', 'Verbal coop.', 'Material coop.', 'Verbal conflict', 'Material conflict'];
const PAGE = 50;
const $ = id => document.getElementById(id);
const state = {dyad: null, granularity: 'week', cursors: [null], page: 0, selected: null};

function toast(message) {
  const t = $('toast');
  t.textContent = message;
  t.hidden = false;
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => { t.hidden = true; }, 6000);
}

function failed(e) {
  if (e.status === 401 || e.status === 403) { toast(e.message + ' — set the token.'); $('token-dialog').showModal(); }
  else toast(e.message);
}

async function loadTotals() {
  const h = await api('/api/health');
  const span = h.first ? ` · ${h.first} → ${h.last}` : '';
  $('totals').replaceChildren(el('b', {text: h.events.toLocaleString()}), ' events from ',
    el('b', {text: h.articles.toLocaleString()}), ' articles' + span + (h.skipped ? ` · ${h.skipped} skipped` : ''));
}

async function loadDyads() {
  const {items} = await api('/api/dyads', {limit: 12});
  const list = $('dyad-list');
  list.replaceChildren();
  const max = Math.max(1, ...items.map(d => d.events));
  for (const d of items) {
    const li = el('li', {'data-dyad': d.a + ',' + d.b},
      el('div', {style: 'flex:1'}, el('span', {class: 'pair', text: d.a + ' ↔ ' + d.b}),
        el('div', {class: 'bar', style: `width:${Math.round(100 * d.events / max)}%;opacity:${0.35 + 0.65 * d.conflict / d.events}`})),
      el('span', {class: 'n', text: ' ' + d.events}));
    li.addEventListener('click', () => selectDyad(d.a, d.b));
    list.append(li);
  }
  markDyad();
  const {items: wide} = await api('/api/dyads', {limit: 60});
  const parties = new Set();
  for (const d of wide) { parties.add(d.a); parties.add(d.b); }
  $('parties').replaceChildren(...[...parties].sort().map(p => el('option', {value: p})));
  drawNetwork($('network'), wide, (a, b) => selectDyad(a, b), key => { $('f-country').value = key; reloadEvents(); });
}

function markDyad() {
  const key = state.dyad ? [state.dyad.a, state.dyad.b].sort().join(',') : '';
  for (const li of $('dyad-list').children) li.classList.toggle('on', li.dataset.dyad === key);
}

async function loadAlerts() {
  const {items} = await api('/api/alerts', {drivers: 3, limit: 50});
  const list = $('alert-list');
  list.replaceChildren();
  if (!items.length) { list.append(el('li', {class: 'muted', text: 'No escalation alerts.'})); return; }
  for (const a of items.slice(0, 50)) {
    const top = a.drivers[0];
    const li = el('li', {},
      el('div', {class: 'head'}, el('span', {text: a.a + ' ↔ ' + a.b}), el('span', {text: a.day})),
      el('div', {class: 'why', text: `intensity ${a.observed} vs baseline ${a.baseline_mean} ± ${a.baseline_sd} (score ${a.score})`}),
      top ? el('div', {class: 'ev', text: top.evidence}) : null);
    li.addEventListener('click', async () => {
      await selectDyad(a.a, a.b);
      if (top) openEvent(top.article_id, top.id);
    });
    list.append(li);
  }
}

async function selectDyad(a, b) {
  state.dyad = {a: a.toUpperCase(), b: b.toUpperCase()};
  $('dyad-a').value = state.dyad.a;
  $('dyad-b').value = state.dyad.b;
  markDyad();
  await Promise.all([loadTimeline(), reloadEvents()]);
}

async function loadTimeline() {
  if (!state.dyad) return;
  const {a, b} = state.dyad;
  $('timeline-title').textContent = a + ' ↔ ' + b + ' · by ' + state.granularity;
  try {
    const s = await api(`/api/dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}/series`, {granularity: state.granularity});
    drawTimeline($('timeline'), s, (period, g) => {
      const end = new Date(period + 'T00:00:00Z');
      end.setUTCDate(end.getUTCDate() + (g === 'week' ? 6 : 0));
      $('f-from').value = period;
      $('f-to').value = end.toISOString().slice(0, 10);
      reloadEvents();
    });
  } catch (e) { failed(e); }
}

function filters() {
  return {
    dyad: state.dyad ? state.dyad.a + ',' + state.dyad.b : null,
    root: $('f-root').value, quad: $('f-quad').value, modality: $('f-modality').value,
    country: $('f-country').value.trim(), from: $('f-from').value, to: $('f-to').value,
  };
}

function reloadEvents() {
  state.cursors = [null];
  state.page = 0;
  return loadEvents();
}

async function loadEvents() {
  const f = filters();
  $('events-scope').textContent = f.dyad ? '· ' + f.dyad.replace(',', ' ↔ ') : '· all dyads';
  let page;
  try {
    page = await api('/api/events', Object.assign({limit: PAGE, cursor: state.cursors[state.page]}, f));
  } catch (e) { failed(e); return; }
  const body = $('events-body');
  body.replaceChildren();
  for (const r of page.items) body.append(eventRow(r));
  if (!page.items.length) body.append(el('tr', {}, el('td', {colspan: '8', class: 'empty', text: 'No events match.'})));
  state.cursors[state.page + 1] = page.next_cursor;
  const first = state.page * PAGE + (page.items.length ? 1 : 0);
  $('page-info').textContent = `${first.toLocaleString()}–${(state.page * PAGE + page.items.length).toLocaleString()} of ${page.total.toLocaleString()}`;
  $('events-count').textContent = page.total.toLocaleString() + ' events';
  $('page-prev').disabled = state.page === 0;
  $('page-next').disabled = !page.next_cursor;
}

function party(key, code) {
  return el('td', {class: 'party'}, key || '—', code && code !== key ? el('small', {text: code}) : null);
}

function eventRow(r) {
  const tr = el('tr', {'data-id': r.id, 'data-article': r.article_id},
    el('td', {class: 'date', text: r.date || '—'}),
    party(r.source_key, r.source_code), party(r.target_key, r.target_code),
    el('td', {}, el('span', {class: 'code', text: r.cameo}), ' ' + r.plover.toLowerCase()),
    el('td', {}, el('span', {class: 'pill q' + r.quad_class, text: QUAD[r.quad_class]})),
    el('td', {class: 'num ' + (r.goldstein < 0 ? 'g-neg' : 'g-pos'), text: String(r.goldstein)}),
    el('td', {}, el('span', {class: 'mod ' + r.modality, text: r.modality})),
    el('td', {class: 'ev'}, el('span', {text: r.evidence})));
  if (state.selected === r.id) tr.classList.add('on');
  tr.addEventListener('click', () => openEvent(r.article_id, r.id));
  return tr;
}

async function openEvent(articleId, eventId) {
  state.selected = eventId;
  for (const tr of $('events-body').children) tr.classList.toggle('on', tr.dataset.id === eventId);
  try {
    const article = await api('/api/articles/' + encodeURIComponent(articleId));
    showMention(article, article.mentions.find(m => m.id === eventId) || article.mentions[0]);
  } catch (e) { failed(e); }
}

function showMention(article, mention) {
  const box = $('evidence');
  if (!mention) { box.replaceChildren(el('div', {class: 'empty', text: 'This article has no events.'})); return; }
  renderEvidence(box, article, mention, m => showMention(article, m));
}

function setupFilters() {
  const root = $('f-root');
  ROOTS.forEach((name, i) => {
    const code = String(i + 1).padStart(2, '0');
    root.append(el('option', {value: code, text: code + ' ' + name}));
  });
  $('filters').addEventListener('change', () => reloadEvents());
  $('filters').addEventListener('submit', e => { e.preventDefault(); reloadEvents(); });
  $('f-clear').addEventListener('click', () => { $('filters').reset(); reloadEvents(); });
  $('page-next').addEventListener('click', () => { state.page++; loadEvents(); });
  $('page-prev').addEventListener('click', () => { state.page = Math.max(0, state.page - 1); loadEvents(); });
  $('dyad-form').addEventListener('submit', e => {
    e.preventDefault();
    const a = $('dyad-a').value.trim();
    const b = $('dyad-b').value.trim();
    if (a && b) selectDyad(a, b);
  });
  for (const b of document.querySelectorAll('[data-gran]')) {
    b.addEventListener('click', () => {
      state.granularity = b.dataset.gran;
      document.querySelectorAll('[data-gran]').forEach(x => x.classList.toggle('on', x === b));
      loadTimeline();
    });
  }
}

function setupDialogs() {
  const add = $('add-dialog');
  $('open-add').addEventListener('click', () => add.showModal());
  $('add-cancel').addEventListener('click', () => add.close());
  $('add-file').addEventListener('change', async e => {
    const f = e.target.files[0];
    if (f) $('add-text').value = await f.text();
  });
  $('add-form').addEventListener('submit', async e => {
    e.preventDefault();
    const article = {text: $('add-text').value};
    for (const [k, id] of [['title', 'add-title'], ['published', 'add-published'], ['outlet', 'add-outlet'], ['id', 'add-id']]) {
      if ($(id).value.trim()) article[k] = $(id).value.trim();
    }
    $('add-status').textContent = 'coding… (the first article loads the language models, which takes a few seconds)';
    $('add-submit').disabled = true;
    try {
      const report = await post('/api/articles', article);
      showIngest(report);
      $('add-status').textContent = `${report.added} added, ${report.duplicates} duplicate, ${report.skipped} skipped, ${report.events} events`;
      refresh();
    } catch (err) {
      $('add-status').textContent = '';
      failed(err);
    } finally {
      $('add-submit').disabled = false;
    }
  });
  const tok = $('token-dialog');
  $('open-token').addEventListener('click', () => { $('token-input').value = token(); tok.showModal(); });
  $('token-form').addEventListener('submit', () => { setToken($('token-input').value.trim()); refresh(); });
  $('token-clear').addEventListener('click', () => { setToken(''); tok.close(); });
}

function showIngest(report) {
  const list = $('add-results');
  list.replaceChildren();
  for (const a of report.articles) {
    list.append(el('li', {}, el('b', {text: a.id}), ' — ' + a.status + (a.reason ? ': ' + a.reason : '') + ` (${a.events.length} events)`));
    for (const m of a.events) {
      const li = el('li', {class: 'ev'}, el('span', {class: 'pill q' + m.quad_class, text: m.cameo}), ' ',
        (m.source ? m.source.code : '?') + ' → ' + (m.target ? m.target.code : '?') + ': ', el('b', {text: m.trigger.text}),
        ' (' + m.modality + ') — ' + m.evidence);
      li.addEventListener('click', () => { $('add-dialog').close(); openEvent(m.article_id, m.id); });
      list.append(li);
    }
  }
}

function refresh() {
  return Promise.all([loadTotals(), loadDyads(), loadAlerts(), state.dyad ? loadTimeline() : null, loadEvents()]).catch(failed);
}

setupFilters();
setupDialogs();
window.addEventListener('resize', () => resizeCharts($('timeline'), $('network')));
refresh().then(() => {
  const first = $('dyad-list').firstElementChild;
  if (!state.dyad && first) selectDyad(...first.dataset.dyad.split(','));
  document.body.dataset.ready = 'true';
});
