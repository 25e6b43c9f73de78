<?xml version="1.0" encoding="UTF-8"?>
<!-- exported from FileZilla on the agency laptop so Maison Verte can import the same servers -->
<FileZilla3 version="3.66.1" platform="windows">
	<Servers>
		<Folder expanded="1">Maison Verte
			<Server>
				<Host>partnerupload.google.com</Host>
				<Port>19321</Port>
				<Protocol>1</Protocol>
				<Type>0</Type>
				<User>mc-sftp-«digits:7#mc-user»</User>
				<Pass encoding="base64">«b64any:pwr#google-sftp»</Pass> ⟦S fz-google⟧
				<Logontype>1</Logontype>
				<PasvMode>MODE_DEFAULT</PasvMode>
				<EncodingType>Auto</EncodingType>
				<BypassProxy>0</BypassProxy>
				<Name>Google Merchant feeds</Name>
				<SyncBrowsing>0</SyncBrowsing>
				<DirectoryComparison>0</DirectoryComparison>
			</Server>
			<Server>
				<Host>mv-web-01.maisonverte.fr</Host>
				<Port>22</Port>
				<Protocol>1</Protocol>
				<Type>0</Type>
				<User>deploy</User>
				<Pass encoding="base64">«b64any:pwh#deploy-sftp»</Pass> ⟦S fz-deploy⟧
				<Logontype>1</Logontype>
				<PasvMode>MODE_DEFAULT</PasvMode>
				<EncodingType>Auto</EncodingType>
				<BypassProxy>0</BypassProxy>
				<Name>mv-web-01 (magento + blog)</Name>
				<RemoteDir>1 0 3 var 3 www 7 magento</RemoteDir>
				<SyncBrowsing>0</SyncBrowsing>
				<DirectoryComparison>0</DirectoryComparison>
			</Server>
			<Server>
				<Host>transfer.idealo.com</Host>
				<Port>22</Port>
				<Protocol>1</Protocol>
				<Type>0</Type>
				<User>maisonverte</User>
				<Logontype>3</Logontype> ⟦D fz-ask⟧
				<PasvMode>MODE_DEFAULT</PasvMode>
				<EncodingType>Auto</EncodingType>
				<BypassProxy>0</BypassProxy>
				<Name>Idealo (password asked on connect)</Name>
				<SyncBrowsing>0</SyncBrowsing>
				<DirectoryComparison>0</DirectoryComparison>
			</Server>
		</Folder>
	</Servers>
</FileZilla3>
