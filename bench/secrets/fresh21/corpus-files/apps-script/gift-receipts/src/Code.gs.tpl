/**
 * Year-end gift receipts: reads the "Receipts 2023" sheet, looks each gift up in Stripe, and e-mails a PDF.
 * Secrets come from Script Properties (File > Project properties). The fallbacks are for running from the editor.
 */
var SHEET_ID = '1hY3kqZ0pVxw2sQeL9n7mB4cT8aR6uJ5dF1gH0iK2oNl'; ⟦D gas-sheet-id⟧

function getProps_() {
  var p = PropertiesService.getScriptProperties();
  return {
    stripeKey: p.getProperty('STRIPE_SECRET_KEY') || '«rk_live#receipts»', ⟦S gas-stripe-rk⟧
    sfToken: p.getProperty('SF_SECURITY_TOKEN') || '', ⟦D gas-sf-empty⟧
    slackHook: p.getProperty('SLACK_WEBHOOK') || '«slackhook#receipts»', ⟦S gas-slack⟧
  };
}

function stripeCharge_(chargeId) {
  var props = getProps_();
  var res = UrlFetchApp.fetch('https://api.stripe.com/v1/charges/' + chargeId, {
    headers: { Authorization: 'Bearer ' + props.stripeKey },
    muteHttpExceptions: true,
  });
  return JSON.parse(res.getContentText());
}

function sendReceipts() {
  var sheet = SpreadsheetApp.openById(SHEET_ID).getSheetByName('Receipts 2023');
  var rows = sheet.getDataRange().getValues();
  var sent = 0;
  for (var i = 1; i < rows.length; i++) {
    var row = rows[i];
    if (row[6] === 'sent') continue;
    var charge = stripeCharge_(row[0]);
    var html = HtmlService.createTemplateFromFile('receipt');
    html.name = row[1];
    html.amount = (charge.amount / 100).toFixed(2);
    html.date = new Date(charge.created * 1000).toDateString();
    var pdf = Utilities.newBlob(html.evaluate().getContent(), 'text/html').getAs('application/pdf');
    GmailApp.sendEmail(row[2], 'Your 2023 gift to Open Harbor', 'Thank you! Your receipt is attached.', { attachments: [pdf], name: 'Open Harbor' });
    sheet.getRange(i + 1, 7).setValue('sent');
    sent++;
  }
  UrlFetchApp.fetch(getProps_().slackHook, { method: 'post', contentType: 'application/json', payload: JSON.stringify({ text: sent + ' receipts sent' }) });
}
