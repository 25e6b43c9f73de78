clinic,integration,endpoint,created_by
riverside-physio,zapier,«zapier#riverside»,priya   ⟦S s-csv-zapier⟧
smile-dental,make,«make_hook#smile»,jonas   ⟦S s-csv-make⟧
harbour-osteo,webhook,https://harbour-osteo.example/hooks/carelane,femi   ⟦D d-csv-plain-url⟧
