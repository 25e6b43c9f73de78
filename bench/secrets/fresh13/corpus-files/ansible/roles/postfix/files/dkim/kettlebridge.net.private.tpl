«dkim_priv#kb2025» ⟦S dkim-private⟧
