«lti_priv#tool-2024» ⟦S lti-pem⟧
