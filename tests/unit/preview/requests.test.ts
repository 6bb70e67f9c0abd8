// The JSON API's bodies are checked field by field before any action runs.
import { checkedBody, RequestError } from '../../../dev/preview/requests';

describe('checkedBody', () => {
  it('passes a body with the right types, optional fields missing or null', () => {
    expect(checkedBody('/api/format', '{"sheet":"S","ranges":["A1"],"fill":null}')).toEqual({
      sheet: 'S',
      ranges: ['A1'],
      fill: null,
    });
    expect(checkedBody('/api/new', '')).toEqual({});
  });

  it.each([
    ['/api/run', '{"name":"getState","args":"x"}', 'In that request, “args” must be a list.'],
    [
      '/api/structure',
      '{"sheet":"S","action":"deleteRow","position":1.5}',
      'In that request, “position” must be a whole number.',
    ],
    ['/api/clear', '{"sheet":"S"}', 'That request has no “ranges”.'],
    ['/api/input', '{"sheet":"S","cell":"A1","text":5}', 'In that request, “text” must be text.'],
    ['/api/select', '"Dreams"', 'That request is not a JSON object.'],
    ['/api/select', '{', 'That request is not valid JSON.'],
    ['/api/eval', '{}', 'There is no such action.'],
    ['constructor', '{}', 'There is no such action.'],
  ])('refuses %s %s with one sentence', (action, text, sentence) => {
    expect(() => checkedBody(action, text)).toThrow(new RequestError(sentence));
  });

  it('reads only a body’s own fields, never its prototype’s', () => {
    // JSON.parse makes "__proto__" an own field; "constructor" here is missing, not Object.
    expect(() => checkedBody('/api/menu', '{"__proto__":{"functionName":"x"}}')).toThrow(
      'That request has no “functionName”.',
    );
  });
});
