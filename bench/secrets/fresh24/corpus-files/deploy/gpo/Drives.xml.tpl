<?xml version="1.0" encoding="utf-8"?>
<Drives clsid="{8FDDCC1A-0C3C-43cd-A6B4-71A6DF20DA8C}"><Drive clsid="{935D1B74-9CB8-4e3c-9914-7DD559B7A417}" name="H:" status="H:" image="2" changed="2024-03-11 10:02:11" uid="{«guid#gpp-drive»}" bypassErrors="1"><Properties action="U" thisDrive="NOCHANGE" allDrives="NOCHANGE" userName="" path="\\fs01\Home$\%USERNAME%" label="Home" persistent="1" useLetter="1" letter="H" cpassword=""/></Drive> ⟦D gpp-drive-empty⟧
</Drives>
