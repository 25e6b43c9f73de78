{
  "R": {
    "Version": "4.3.2",
    "Repositories": [{ "Name": "CRAN", "URL": "https://packagemanager.posit.co/cran/latest" }]
  },
  "Packages": {
    "DBI": {
      "Package": "DBI",
      "Version": "1.2.1",
      "Source": "Repository",
      "Repository": "CRAN",
      "Hash": "«hex:32#renv-dbi»" ⟦D renv-hash-dbi⟧
    },
    "odbc": {
      "Package": "odbc",
      "Version": "1.4.2",
      "Source": "Repository",
      "Repository": "CRAN",
      "Hash": "«hex:32#renv-odbc»" ⟦D renv-hash-odbc⟧
    },
    "ggplot2": {
      "Package": "ggplot2",
      "Version": "3.4.4",
      "Source": "Repository",
      "Repository": "CRAN",
      "Hash": "«hex:32#renv-ggplot2»"
    }
  }
}
