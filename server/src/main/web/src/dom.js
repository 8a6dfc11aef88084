// DOM helpers. Text is only ever set through text nodes (createTextNode / textContent): nothing the server sends
// is parsed as HTML. Attributes named on* or style are refused, so no handler or inline style can slip in.

export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  if (attrs) {
    for (const [k, v] of Object.entries(attrs)) {
      if (v === null || v === undefined || v === false) continue;
      const name = k.toLowerCase();
      if (name.startsWith('on') || name === 'style' || name === 'srcdoc') {
        throw new Error('refusing attribute ' + k);
      }
      if (name === 'href' && !safeHref(String(v))) continue;
      node.setAttribute(k, v === true ? '' : String(v));
    }
  }
  append(node, children);
  return node;
}

export function append(node, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    node.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

/** Links go to our own hash routes, or to http(s) pages; never javascript: or data:. */
export function safeHref(h) {
  return h.startsWith('#') || /^https?:\/\//i.test(h);
}

export function entityHref(id) {
  return '#/entity/' + encodeURIComponent(id);
}

export function documentHref(id) {
  return '#/document/' + encodeURIComponent(id);
}

export function fmtConf(x) {
  return typeof x === 'number' ? x.toFixed(2) : '';
}

export function period(from, until) {
  if (!from && !until) return 'undated';
  return (from || '…') + ' – ' + (until || '…');
}

export function relationLabel(r) {
  return String(r || '').replace(/_/g, ' ');
}
