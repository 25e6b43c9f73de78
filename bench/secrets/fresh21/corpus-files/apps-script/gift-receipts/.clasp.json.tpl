{
  "scriptId": "«gas_script_id#receipts»", ⟦D clasp-scriptid⟧
  "rootDir": "src",
  "projectId": "openharbor-apps-script"
}
