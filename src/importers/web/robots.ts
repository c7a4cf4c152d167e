// Reads each origin's robots.txt once and answers whether the crawler may fetch a URL there.
import robotsParserModule from 'robots-parser';
import type { Problem } from '../../errors/index.js';
import type { HostScheduler } from './host-scheduler.js';
import { readLimitedBody } from './read-limited-body.js';
import { charsetOf } from './media-type.js';
import { decodeText } from './decode-text.js';
import { describeNetworkError } from './describe-network-error.js';

// robots-parser's types declare an ES default export, but the package is CommonJS
// (`module.exports = function`), so under NodeNext the default import is that function itself.
const robotsParser = robotsParserModule as unknown as typeof robotsParserModule.default;

/** Google reads the first 500 KiB of a robots.txt and ignores the rest; so does Loket. */
const ROBOTS_MAX_BYTES = 500 * 1024;

/** The refusal every disallowed page gets. */
const DISALLOWED = 'disallowed by robots.txt';

/** Answers robots.txt questions for a crawl; `problems` collects robots files that could not be read. */
export interface RobotsGate {
  /** Why `url` may not be fetched, or undefined when it may. Fetches the origin's robots.txt the first time. */
  refusal(url: URL): Promise<string | undefined>;
  readonly problems: Problem[];
}

type OriginRules = { kind: 'rules'; allows(url: string): boolean } | { kind: 'unreadable'; reason: string };

/**
 * A gate reading `<origin>/robots.txt` through the scheduler (so it counts as a request to
 * that host). Following Google: 2xx is parsed, other 4xx (404, 403, …) allow everything,
 * 429, 5xx, network errors and timeouts disallow everything on that origin and add a problem.
 * A Crawl-delay for `userAgent` (or `*`) raises the host's delay in the scheduler.
 */
export function createRobotsGate(options: {
  fetch: typeof fetch;
  userAgent: string;
  timeoutMs: number;
  scheduler: HostScheduler;
}): RobotsGate {
  const byOrigin = new Map<string, Promise<OriginRules>>();
  const problems: Problem[] = [];
  const rulesFor = (url: URL): Promise<OriginRules> => {
    let rules = byOrigin.get(url.origin);
    if (!rules) {
      rules = options.scheduler.run(url.host, () => readRobots(options, url)).then((read) => {
        if (read.kind === 'unreadable') {
          problems.push({
            file: `${url.origin}/robots.txt`,
            message: `robots.txt could not be read (${read.reason}); nothing on ${url.host} is fetched, as if all were disallowed`,
          });
        } else if (read.crawlDelayMs !== undefined) {
          options.scheduler.raiseDelay(url.host, read.crawlDelayMs);
        }
        return read.kind === 'unreadable' ? read : { kind: 'rules', allows: read.allows };
      });
      byOrigin.set(url.origin, rules);
    }
    return rules;
  };
  return {
    problems,
    async refusal(url) {
      const rules = await rulesFor(url);
      if (rules.kind === 'unreadable') return `${DISALLOWED} (robots.txt could not be read: ${rules.reason})`;
      return rules.allows(url.href) ? undefined : DISALLOWED;
    },
  };
}

type ReadRobots =
  | { kind: 'rules'; allows(url: string): boolean; crawlDelayMs?: number }
  | { kind: 'unreadable'; reason: string };

async function readRobots(options: { fetch: typeof fetch; userAgent: string; timeoutMs: number }, url: URL): Promise<ReadRobots> {
  const robotsUrl = `${url.origin}/robots.txt`;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  try {
    const response = await options.fetch(robotsUrl, {
      redirect: 'follow',
      signal: controller.signal,
      headers: { 'user-agent': options.userAgent, accept: 'text/plain,*/*;q=0.5' },
    });
    if (response.status >= 400 && response.status < 500 && response.status !== 429) {
      await response.body?.cancel().catch(() => undefined); // only the status matters
      return { kind: 'rules', allows: () => true };
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined); // only the status matters
      return { kind: 'unreadable', reason: `HTTP ${response.status}` };
    }
    const body = await readLimitedBody(response.body, ROBOTS_MAX_BYTES);
    const text = decodeText(body.bytes, charsetOf(response.headers.get('content-type')));
    const robots = robotsParser(robotsUrl, text);
    const delaySeconds = robots.getCrawlDelay(options.userAgent);
    return {
      kind: 'rules',
      // robots-parser answers undefined for a URL of another origin, which never reaches it here.
      allows: (href) => robots.isAllowed(href, options.userAgent) !== false,
      ...(delaySeconds !== undefined && Number.isFinite(delaySeconds) && delaySeconds > 0 ? { crawlDelayMs: delaySeconds * 1000 } : {}),
    };
  } catch (error) {
    if (controller.signal.aborted) return { kind: 'unreadable', reason: `timed out after ${options.timeoutMs} ms` };
    return { kind: 'unreadable', reason: `network error (${describeNetworkError(error)})` };
  } finally {
    clearTimeout(timer);
  }
}
