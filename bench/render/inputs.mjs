// Seeded input values for the render benchmark, shared by both sides so aep
// and dotprompt render exactly the same data: makePool(n) returns n distinct
// input objects (customer, product, ticket, five examples), each different
// from its neighbours, so every render in a loop sees new values.
const NAMES = ['Ada Lovelace', 'Grace Hopper', 'Alan Turing', 'Edsger Dijkstra', 'Barbara Liskov',
  'Ken Thompson', 'Margaret Hamilton', 'Donald Knuth', 'Frances Allen', 'John Backus', 'Radia Perlman'];
const PRODUCTS = ['Acme Cloud Pro', 'Acme Cloud Free', 'Acme Cloud Enterprise', 'Acme Mail', 'Acme CDN', 'Acme Backup'];
const TICKETS = [
  'I was charged twice this month for my Pro plan (invoice {n}). Please refund one of the charges.',
  'Our site returns 502 errors since 09:40 UTC and we are losing orders. Order AC-{n} is affected.',
  'How do I point my domain at Acme Cloud? The DNS page shows an error I do not understand (ref {n}).',
  'I cannot log in after resetting my password; the reset email for account {n} never arrives.',
  'The backup of database {n} failed three nights in a row with "quota exceeded" but we are below quota.',
  'Please delete all data for my old account {n}; I moved to another provider last month.',
];
const SHOTS = [
  ['Can I change my plan mid-month?', 'Yes. Upgrades apply at once and are prorated; downgrades apply at the next renewal. Open Billing > Plan and pick the new plan.'],
  ['My invoice shows the wrong company name.', 'You can fix it under Billing > Details; new invoices use the new name. An agent will confirm whether past invoices can be reissued.'],
  ['Is there a phone number I can call?', 'Phone support is part of the Enterprise plan. On other plans, reply here and an agent answers within one business day.'],
  ['How do I enable HTTPS?', 'Open Sites > your site > Security and turn on Automatic certificates; the certificate is issued within ten minutes.'],
  ['Why is my site slow in Asia?', 'Your site is served from Frankfurt. Turn on Acme CDN under Sites > Performance to cache pages closer to your visitors.'],
  ['Can I get an export of my data?', 'Yes: Account > Export creates an archive of all your sites and databases and emails you a download link.'],
  ['The control panel logs me out every few minutes.', 'Clear the cookies for acme.example and sign in again; if it keeps happening, tell us your browser version.'],
];

export function makeInputs(i) {
  const n = 100000 + ((i * 7919) % 900000);
  const examples = [];
  for (let k = 0; k < 5; ++k) {
    const [q, a] = SHOTS[(i + k * 3) % SHOTS.length];
    examples.push({ question: `${q} (case ${n + k})`, answer: a });
  }
  return {
    customer: `${NAMES[i % NAMES.length]} #${i}`,
    product: PRODUCTS[(i * 5) % PRODUCTS.length],
    ticket: TICKETS[(i * 3) % TICKETS.length].replace('{n}', String(n)),
    examples,
  };
}

export function makePool(n) {
  const pool = [];
  for (let i = 0; i < n; ++i) pool.push(makeInputs(i));
  return pool;
}
