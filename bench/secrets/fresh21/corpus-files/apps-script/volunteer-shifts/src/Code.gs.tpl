/**
 * Volunteer shift sign-up form -> Airtable. Bound to the "Volunteer shifts" form.
 */
var AIRTABLE_BASE = '«air_base#vol»'; ⟦D gas-air-base⟧
var AIRTABLE_TABLE = 'Shifts';

function onFormSubmit(e) {
  var token = PropertiesService.getScriptProperties().getProperty('AIRTABLE_TOKEN');
  if (!token) throw new Error('Set AIRTABLE_TOKEN in Script Properties'); ⟦D gas-air-msg⟧
  var r = e.namedValues;
  var body = { records: [{ fields: { Name: r['Name'][0], Email: r['Email'][0], Shift: r['Shift'][0], Hours: 0 } }] };
  UrlFetchApp.fetch('https://api.airtable.com/v0/' + AIRTABLE_BASE + '/' + AIRTABLE_TABLE, {
    method: 'post',
    contentType: 'application/json',
    headers: { Authorization: 'Bearer ' + token },
    payload: JSON.stringify(body),
  });
}

// One-off used to seed the property; run once from the editor, then replaced the value below.
function setup_() {
  PropertiesService.getScriptProperties().setProperty('AIRTABLE_TOKEN', 'paste-token-here'); ⟦D gas-air-paste⟧
}
