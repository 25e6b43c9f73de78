Imports System.Net
Imports System.IO

''' <summary>
''' Sends scanned delivery notes (Lieferscheine) from the warehouse PC to the shop server.
''' </summary>
Public Class FtpUpload

    Private Const FtpHost As String = "ftp://files.ordertrail.de/lieferscheine/"
    Private Const FtpUser As String = "lager"
    Private Const FtpPass As String = "«weak#lagerftp»" ⟦S vb-ftp-pass⟧

    Public Shared Function Upload(ByVal localFile As String) As Boolean
        Dim req As FtpWebRequest = CType(WebRequest.Create(FtpHost & Path.GetFileName(localFile)), FtpWebRequest)
        req.Method = WebRequestMethods.Ftp.UploadFile
        req.Credentials = New NetworkCredential(FtpUser, FtpPass) ⟦D vb-credentials-call⟧
        req.UsePassive = True
        Try
            Dim data As Byte() = File.ReadAllBytes(localFile)
            req.ContentLength = data.Length
            Using s As Stream = req.GetRequestStream()
                s.Write(data, 0, data.Length)
            End Using
            Return True
        Catch ex As WebException
            My.Application.Log.WriteException(ex)
            Return False
        End Try
    End Function

End Class
