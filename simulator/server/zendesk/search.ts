import { jsonResponse, type SimResponse } from '../types';
import type { StoredTicket } from './ticketDesk';
import { restTicket } from './views';

const ZENDESK = 'https://gitlab-sim.zendesk.com';
/** Zendesk's Search API: at most 100 per page and 1,000 results per query; a page past that is a 422. */
const MAX_PER_PAGE = 100;
const MAX_RESULTS = 1000;

/** One `keyword<op>value` term of a query; free words match the subject or description. */
type Term = { keyword: string; op: ':' | '>' | '<'; value: string };

/**
 * `GET /api/v2/search.json?query=…&page=&per_page=` over tickets. Understands `type:ticket`, `tags:`, `status:`,
 * `updated>`/`updated<`/`created>`/`created<` (a date or an ISO time) and free words; every term must match
 * (unverified: how Zendesk combines two `tags:` terms). Newest change first, as `sort_by=updated_at` sorts.
 */
export function searchTickets(tickets: readonly StoredTicket[], searchParams: URLSearchParams): SimResponse {
  const query = searchParams.get('query') ?? '';
  if (!query.trim()) return jsonResponse(400, { error: 'InvalidValue', description: 'query is required' });
  const perPage = Math.min(Math.max(Number(searchParams.get('per_page') ?? MAX_PER_PAGE) || MAX_PER_PAGE, 1), MAX_PER_PAGE);
  const page = Math.max(Number(searchParams.get('page') ?? 1) || 1, 1);
  if ((page - 1) * perPage >= MAX_RESULTS) {
    return jsonResponse(422, { error: 'InsufficientResourceError', description: 'Search results are limited to 1000 per query.' });
  }
  const terms = parse(query);
  if (terms.some((term) => term.keyword === 'type' && term.value !== 'ticket')) return listing([], 0, page, perPage, query);
  const matches = tickets.filter((ticket) => terms.every((term) => matchesTerm(ticket, term))).sort((a, b) => b.updated_at.localeCompare(a.updated_at) || b.id - a.id);
  const slice = matches.slice((page - 1) * perPage, page * perPage);
  return listing(slice, matches.length, page, perPage, query);
}

function listing(tickets: readonly StoredTicket[], count: number, page: number, perPage: number, query: string): SimResponse {
  const url = (n: number) => `${ZENDESK}/api/v2/search.json?page=${n}&per_page=${perPage}&query=${encodeURIComponent(query)}`;
  const hasNext = page * perPage < Math.min(count, MAX_RESULTS);
  return jsonResponse(200, {
    results: tickets.map((ticket) => ({ ...restTicket(ticket), result_type: 'ticket' })),
    facets: null,
    next_page: hasNext ? url(page + 1) : null,
    previous_page: page > 1 ? url(page - 1) : null,
    count,
  });
}

function parse(query: string): Term[] {
  return query
    .split(/\s+/)
    .filter(Boolean)
    .map((word): Term => {
      const match = /^([a-z_]+)([:<>])(.+)$/i.exec(word);
      return match ? { keyword: match[1]!.toLowerCase(), op: match[2] as Term['op'], value: match[3]!.toLowerCase() } : { keyword: '', op: ':', value: word.toLowerCase() };
    });
}

function matchesTerm(ticket: StoredTicket, term: Term): boolean {
  switch (term.keyword) {
    case 'type':
      return term.value === 'ticket';
    case 'tags':
    case 'tag':
      return ticket.tags.includes(term.value);
    case 'status':
      return compare(ticket.status, term);
    case 'updated':
      return compareTime(ticket.updated_at, term);
    case 'created':
      return compareTime(ticket.created_at, term);
    case '':
      return `${ticket.subject} ${ticket.comments[0]?.body ?? ''}`.toLowerCase().includes(term.value);
    default:
      return false;
  }
}

function compare(value: string, term: Term): boolean {
  return term.op === ':' ? value === term.value : false;
}

function compareTime(iso: string, term: Term): boolean {
  const value = Date.parse(iso);
  const bound = Date.parse(term.value.toUpperCase());
  if (Number.isNaN(bound)) return false;
  if (term.op === '>') return value > bound;
  if (term.op === '<') return value < bound;
  return new Date(value).toISOString().slice(0, 10) === new Date(bound).toISOString().slice(0, 10);
}
