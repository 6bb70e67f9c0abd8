// User text is text. Setting a string on a range works like typing it: "=..." becomes a formula,
// "+1" a number, "TRUE" a boolean, "1/2" a date. A leading apostrophe makes Sheets keep the rest
// as plain text (the apostrophe itself is not part of the value), the same as a person typing
// '=SUM(A1). Every string the add-on writes goes through here.
// Apps Script's setValue(s) parses like the UI (the Sheets API's USER_ENTERED input), and the
// quote prefix is not returned as part of the value:
// https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption

export function literal(value: string | number): string | number {
  if (typeof value === 'number' || value === '') return value;
  return `'${value}`;
}
