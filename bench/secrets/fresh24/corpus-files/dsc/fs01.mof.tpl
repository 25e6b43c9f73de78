/*
@TargetNode='fs01'
@GeneratedBy=adm-stefan
@GenerationDate=04/15/2024 14:02:17
*/
instance of MSFT_Credential as $MSFT_Credential1ref
{
Password = "-----BEGIN CMS-----\n«b64n:180#mof-cms»\n-----END CMS-----"; ⟦D mof-cms⟧
 UserName = "KESSLER\\svc-dsc";
};
instance of MSFT_Computer as $MSFT_Computer1ref
{
 ResourceID = "[Computer]Join";
 Credential = $MSFT_Credential1ref;
 DomainName = "kessler.local";
 Name = "fs01";
 ModuleName = "ComputerManagementDsc";
};
