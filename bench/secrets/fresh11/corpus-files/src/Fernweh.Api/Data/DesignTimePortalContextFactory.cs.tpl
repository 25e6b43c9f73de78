using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Fernweh.Api.Data;

/// <summary>
/// Used only by `dotnet ef migrations add` / `dotnet ef database update` at design time, so the tools do not need the
/// whole host (Key Vault, App Insights) to build a context.
/// </summary>
public sealed class DesignTimePortalContextFactory : IDesignTimeDbContextFactory<PortalContext>
{
    public PortalContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PortalContext>()
            .UseSqlServer("Server=sql-fernweh-dev.database.windows.net;Database=FernwehPortal_Dev;User Id=fernweh_dev;Password=«pwh#sql-dev»;Encrypt=True",  ⟦S designtime-sql⟧
                sql => sql.MigrationsHistoryTable("__EFMigrationsHistory", "portal"))
            .Options;
        return new PortalContext(options);
    }
}
