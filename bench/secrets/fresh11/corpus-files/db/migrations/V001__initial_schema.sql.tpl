-- V001: initial schema for the agent portal
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE SCHEMA portal AUTHORIZATION dbo;
GO

CREATE TABLE portal.Agency (
    AgencyId        INT IDENTITY(1,1) PRIMARY KEY,
    AgencyNumber    NVARCHAR(12)  NOT NULL UNIQUE,   -- IATA/TIDS or our own K-number
    Name            NVARCHAR(200) NOT NULL,
    Street          NVARCHAR(200) NULL,
    PostalCode      NVARCHAR(10)  NULL,
    City            NVARCHAR(100) NULL,
    CommissionRate  DECIMAL(5,2)  NOT NULL DEFAULT 10.00,
    IsActive        BIT           NOT NULL DEFAULT 1,
    CreatedUtc      DATETIME2(0)  NOT NULL DEFAULT SYSUTCDATETIME()
);

CREATE TABLE portal.AgentUser (
    AgentUserId     INT IDENTITY(1,1) PRIMARY KEY,
    AgencyId        INT NOT NULL REFERENCES portal.Agency(AgencyId),
    Email           NVARCHAR(256) NOT NULL UNIQUE,
    PasswordHash    NVARCHAR(MAX) NOT NULL,          -- ASP.NET Identity v3 format
    SecurityStamp   NVARCHAR(64)  NOT NULL,
    LockoutEndUtc   DATETIME2(0)  NULL,
    AccessFailedCount INT NOT NULL DEFAULT 0
);

CREATE TABLE portal.Booking (
    BookingId       BIGINT IDENTITY(1,1) PRIMARY KEY,
    BookingNumber   CHAR(10) NOT NULL UNIQUE,
    AgencyId        INT NOT NULL REFERENCES portal.Agency(AgencyId),
    Status          TINYINT NOT NULL,                -- 0 option, 1 confirmed, 2 cancelled
    TravelFrom      DATE NOT NULL,
    TravelTo        DATE NOT NULL,
    TotalPrice      DECIMAL(12,2) NOT NULL,
    Currency        CHAR(3) NOT NULL DEFAULT 'EUR',
    GdsRecordLocator NVARCHAR(12) NULL,
    OptionExpiresUtc DATETIME2(0) NULL,
    RowVersion      ROWVERSION
);
CREATE INDEX IX_Booking_Agency ON portal.Booking (AgencyId, Status);
GO
