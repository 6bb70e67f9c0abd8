// Talking to the preview server: JSON requests, and the stream of page states, all as the
// person this page is (set once it has joined; see dev/preview/people.ts).
import { PERSON_HEADER, type ErrorResponse, type PageState } from '../protocol';

export class RequestFailed extends Error {}

let person: string | null = null;

/** From now on, every request of this page is this person's. */
export function actAs(name: string): void {
  person = name;
}

function personHeader(): Record<string, string> {
  return person === null ? {} : { [PERSON_HEADER]: encodeURIComponent(person) };
}

async function answer<T>(response: Response): Promise<T> {
  const json = (await response.json().catch(() => ({}))) as T & Partial<ErrorResponse>;
  if (!response.ok) throw new RequestFailed(json.error ?? 'The preview server refused that.');
  return json;
}

export async function post<T = Record<string, never>>(path: string, body: object = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...personHeader() },
      body: JSON.stringify(body),
    });
  } catch {
    throw new RequestFailed('The preview server is not answering: is npm start still running?');
  }
  return answer<T>(response);
}

export async function upload(file: File): Promise<{ message: string }> {
  let response: Response;
  try {
    response = await fetch('/api/open', {
      method: 'POST',
      headers: {
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'x-file-name': encodeURIComponent(file.name),
        ...personHeader(),
      },
      body: file,
    });
  } catch {
    throw new RequestFailed('The preview server is not answering: is npm start still running?');
  }
  return answer(response);
}

/** Calls `onState` with every new state; `onConnection` when the link drops or comes back. */
export function subscribe(
  onState: (state: PageState) => void,
  onConnection: (connected: boolean) => void,
): void {
  const as = person === null ? '' : `?as=${encodeURIComponent(person)}`;
  const source = new EventSource(`/api/events${as}`);
  source.addEventListener('state', (event) => {
    onConnection(true);
    onState(JSON.parse((event as MessageEvent<string>).data) as PageState);
  });
  // EventSource reconnects by itself (the server asks for a retry after a second).
  source.addEventListener('error', () => onConnection(false));
}
