«rails_master#prod» ⟦S master-key⟧
