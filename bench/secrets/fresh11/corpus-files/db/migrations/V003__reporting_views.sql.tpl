-- V003: views for the Power BI commission report (read by fernweh_reporting)
CREATE OR ALTER VIEW portal.vCommissionByMonth
AS
SELECT  a.AgencyNumber,
        a.Name                              AS AgencyName,
        DATEFROMPARTS(YEAR(b.TravelFrom), MONTH(b.TravelFrom), 1) AS TravelMonth,
        COUNT(*)                            AS Bookings,
        SUM(b.TotalPrice)                   AS Revenue,
        SUM(b.TotalPrice * a.CommissionRate / 100.0) AS Commission
FROM    portal.Booking b
JOIN    portal.Agency  a ON a.AgencyId = b.AgencyId
WHERE   b.Status = 1
GROUP BY a.AgencyNumber, a.Name, DATEFROMPARTS(YEAR(b.TravelFrom), MONTH(b.TravelFrom), 1);
GO

GRANT SELECT ON portal.vCommissionByMonth TO fernweh_reporting;
GO
