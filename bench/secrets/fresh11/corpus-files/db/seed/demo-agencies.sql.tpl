-- Demo data for test / staging. NOT for production.
-- Logins (for the sales team's demos):
--   demo@reisebuero-sonnenschein.de  /  «weak#demo-sonnenschein»  ⟦S seed-demo-password⟧
--   demo@fernweg-travel.de           /  same as above

SET IDENTITY_INSERT portal.Agency ON;
INSERT INTO portal.Agency (AgencyId, AgencyNumber, Name, Street, PostalCode, City, CommissionRate) VALUES
 (1, 'K-10077', N'Reisebüro Sonnenschein', N'Mönckebergstraße 7', '20095', N'Hamburg', 11.00),
 (2, 'K-10412', N'Fernweg Travel GmbH', N'Königsallee 60', '40212', N'Düsseldorf', 10.00),
 (3, 'K-20991', N'Alpenblick Reisen', N'Maximilianstraße 12', '80539', N'München', 12.50);
SET IDENTITY_INSERT portal.Agency OFF;

INSERT INTO portal.AgentUser (AgencyId, Email, PasswordHash, SecurityStamp) VALUES
 (1, 'demo@reisebuero-sonnenschein.de', '«identity_v3#demo1»', '«upper:32#stamp1»'),  ⟦D seed-hash1⟧
 (2, 'demo@fernweg-travel.de',          '«identity_v3#demo2»', '«upper:32#stamp2»'),  ⟦D seed-hash2⟧
 (3, 'info@alpenblick-reisen.de',       '«identity_v3#demo3»', '«upper:32#stamp3»');  ⟦D seed-hash3⟧
GO
