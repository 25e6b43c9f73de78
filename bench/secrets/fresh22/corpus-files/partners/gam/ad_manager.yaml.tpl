# googleads-java-lib style config for the GAM report sync
ad_manager:
  application_name: "Bidstream Reporting Sync"
  network_code: "21804559317"
  json_key_file_path: "/etc/bidstream/gam/service-account.json" ⟦D gam-keypath⟧
  report_query:
    dimensions: [DATE, AD_UNIT_ID, ORDER_ID]
    columns: [AD_SERVER_IMPRESSIONS, AD_SERVER_CLICKS, AD_SERVER_CPM_AND_CPC_REVENUE]
