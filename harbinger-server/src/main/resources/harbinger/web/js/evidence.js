// The evidence view: the article text with the event's sentence, source, target and trigger highlighted, and the
// event's codes, modality, attribution and quote. Text is inserted as text nodes only, never as HTML.
const QUAD = ['', 'Verbal cooperation', 'Material cooperation', 'Verbal conflict', 'Material conflict'];

export function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') e.className = v; else if (k === 'text') e.textContent = v; else if (v !== null && v !== undefined) e.setAttribute(k, v);
  }
  for (const c of children) if (c !== null && c !== undefined) e.append(c);
  return e;
}

function actorText(a) {
  if (!a) return '—';
  return a.code + (a.name ? ' · ' + a.name : '') + ' (“' + a.text + '”)';
}

/** Renders one mention of an article (GET /api/articles/{id}) into the container; returns the trigger element. */
export function renderEvidence(box, article, mention, onOther) {
  box.replaceChildren();
  box.dataset.eventId = mention.id;
  box.dataset.articleId = article.id;
  box.append(el('div', {class: 'ev-title', text: article.title || article.id}));
  box.append(el('div', {class: 'ev-meta', text: [article.outlet, article.published, article.id].filter(Boolean).join(' · ')}));
  const dl = el('dl', {class: 'ev-summary'});
  const row = (k, v, wide) => { dl.append(el('dt', {text: k}), el('dd', {class: wide ? 'wide' : ''}, v)); };
  row('Source', el('span', {class: 'hl-source', text: actorText(mention.source)}), true);
  row('Target', el('span', {class: 'hl-target', text: actorText(mention.target)}), true);
  row('Event', el('span', {}, el('span', {class: 'code', text: mention.cameo + ' '}), mention.plover + (mention.plover_mode ? ' / ' + mention.plover_mode : '')), true);
  if (mention.attributed_to) row('Attributed', actorText(mention.attributed_to), true);
  row('Trigger', el('span', {class: 'hl-trigger', text: mention.trigger.text}));
  row('Class', el('span', {class: 'pill q' + mention.quad_class, text: QUAD[mention.quad_class]}));
  row('Goldstein', el('span', {class: mention.goldstein < 0 ? 'g-neg' : 'g-pos', text: String(mention.goldstein)}));
  row('Modality', el('span', {class: 'mod ' + mention.modality, id: 'ev-modality', text: mention.modality}));
  row('Date', (mention.date || 'unknown') + (mention.date_precision && mention.date_precision !== 'day' ? ' (' + mention.date_precision + ')' : ''));
  row('Confidence', String(mention.confidence));
  if (mention.location) row('Location', mention.location, true);
  if (mention.quantities && mention.quantities.length) {
    row('Quantities', mention.quantities.map(q => (q.approximate ? '~' : '') + q.value + ' ' + q.unit).join(', '), true);
  }
  box.append(dl);
  if (mention.quote) box.append(el('blockquote', {class: 'ev-quote', id: 'ev-quote', text: '“' + mention.quote + '”'}));
  box.append(el('div', {class: 'ev-legend'},
    el('span', {}, el('span', {class: 'key hl-source'}), 'source'),
    el('span', {}, el('span', {class: 'key hl-target'}), 'target'),
    el('span', {}, el('span', {class: 'key hl-trigger'}), 'trigger'),
    el('span', {}, el('span', {class: 'key', style: 'background:#fffbe0'}), 'sentence')));
  const text = el('div', {class: 'ev-text', id: 'ev-text'});
  text.append(...highlight(article.text, mention));
  box.append(text);
  const others = article.mentions.filter(m => m !== mention);
  if (others.length) {
    const list = el('div', {class: 'other-mentions'}, el('h3', {text: 'Other events in this article'}));
    for (const m of others) {
      const b = el('button', {type: 'button'}, el('span', {class: 'pill q' + m.quad_class, text: m.cameo}), ' ',
        (m.source ? m.source.code : '?') + ' → ' + (m.target ? m.target.code : '?') + ': ' + m.trigger.text + ' (' + m.modality + ')');
      b.addEventListener('click', () => onOther(m));
      list.append(b);
    }
    box.append(list);
  }
  const trig = text.querySelector('.hl-trigger');
  // keep the summary in view and scroll the article text to the trigger (scrollIntoView would scroll the page too)
  box.scrollTop = 0;
  text.scrollTop = trig ? Math.max(0, trig.offsetTop - text.clientHeight / 3) : 0;
  return trig;
}

/** Splits the text at every span boundary; each piece gets the classes of the spans that cover it. */
function highlight(text, m) {
  const spans = [['sent', m.span]];
  if (m.source && m.source.span) spans.push(['hl-source', m.source.span]);
  if (m.target && m.target.span) spans.push(['hl-target', m.target.span]);
  spans.push(['hl-trigger', [m.trigger.start, m.trigger.end]]);
  const cuts = new Set([0, text.length]);
  for (const [, s] of spans) { cuts.add(Math.max(0, Math.min(text.length, s[0]))); cuts.add(Math.max(0, Math.min(text.length, s[1]))); }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    if (a === b) continue;
    const piece = text.slice(a, b);
    const classes = spans.filter(([, s]) => s[0] <= a && b <= s[1]).map(([c]) => c);
    out.push(classes.length ? el('span', {class: classes.join(' '), text: piece}) : document.createTextNode(piece));
  }
  return out;
}
