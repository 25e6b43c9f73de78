«openssh_ed:deploy@mv-web-01#deploy» ⟦S key-deploy⟧
