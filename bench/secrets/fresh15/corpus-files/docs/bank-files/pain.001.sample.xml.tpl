<?xml version="1.0" encoding="UTF-8"?>
<!-- Sample pain.001.001.09 for the bank's UAT. Identifiers are the ISO 20022 examples, not real accounts. -->
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09">
  <CstmrCdtTrfInitn>
    <GrpHdr>
      <MsgId>LL-20240517-0001</MsgId>
      <CreDtTm>2024-05-17T14:05:00</CreDtTm>
      <NbOfTxs>1</NbOfTxs>
      <InitgPty><Nm>Ledgerline Inc</Nm></InitgPty>
    </GrpHdr>
    <PmtInf>
      <PmtInfId>LL-PMT-0001</PmtInfId>
      <PmtMtd>TRF</PmtMtd>
      <DbtrAcct><Id><IBAN>DE89370400440532013000</IBAN></Id></DbtrAcct> ⟦D pain-iban⟧
      <DbtrAgt><FinInstnId><BICFI>COBADEFFXXX</BICFI></FinInstnId></DbtrAgt>
      <CdtTrfTxInf>
        <PmtId><EndToEndId>«ulid#e2e»</EndToEndId></PmtId> ⟦D pain-e2e⟧
        <Amt><InstdAmt Ccy="EUR">1250.00</InstdAmt></Amt>
        <CdtrAcct><Id><IBAN>GB29NWBK60161331926819</IBAN></Id></CdtrAcct> ⟦D pain-iban2⟧
      </CdtTrfTxInf>
    </PmtInf>
  </CstmrCdtTrfInitn>
</Document>
