package de.werkbank.labels

import com.hierynomus.smbj.SMBClient
import com.hierynomus.smbj.auth.AuthenticationContext
import com.hierynomus.smbj.share.DiskShare
import java.io.File
import java.net.Socket

/**
 * Holt die ZPL-Vorlagen von \\fs01\Etiketten$ und schickt sie an alle Zebra-Drucker (Port 9100),
 * damit die Drucker die Vorlagen im Flash haben (E:VERSAND.ZPL usw.).
 */
private const val SHARE_HOST = "fs01.werkbank.local"
private const val SHARE_NAME = "Etiketten$"
private const val DOMAIN = "WERKBANK"

private val printers = mapOf(
    "ZD621-Versand" to "10.20.4.31",
    "ZT411-Halle1" to "10.20.1.45",
    "ZT411-Halle2" to "10.20.2.45",
)

fun main(args: Array<String>) {
    val user = System.getenv("LABEL_SHARE_USER") ?: "svc_etiketten"
    val password = System.getenv("LABEL_SHARE_PASSWORD") ?: "«weak#svc-etiketten»"   ⟦S kt-env-fallback⟧
    val target = File(args.firstOrNull() ?: "vorlagen").apply { mkdirs() }

    SMBClient().use { client ->
        client.connect(SHARE_HOST).use { conn ->
            val session = conn.authenticate(AuthenticationContext(user, password.toCharArray(), DOMAIN))
            (session.connectShare(SHARE_NAME) as DiskShare).use { share ->
                share.list("").filter { it.fileName.endsWith(".zpl", ignoreCase = true) }.forEach { f ->
                    share.openFile(f.fileName, setOf(com.hierynomus.msdtyp.AccessMask.GENERIC_READ), null,
                        com.hierynomus.mssmb2.SMB2ShareAccess.ALL, com.hierynomus.mssmb2.SMB2CreateDisposition.FILE_OPEN, null)
                        .inputStream.use { input -> File(target, f.fileName).outputStream().use { input.copyTo(it) } }
                }
            }
        }
    }

    target.listFiles { f -> f.extension.equals("zpl", true) }?.forEach { zpl ->
        printers.forEach { (name, ip) ->
            Socket(ip, 9100).use { it.getOutputStream().write(zpl.readBytes()) }
            println("${zpl.name} -> $name ($ip)")
        }
    }
}
