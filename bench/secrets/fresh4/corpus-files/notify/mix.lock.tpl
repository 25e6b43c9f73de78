%{
  "castore": {:hex, :castore, "1.0.5", "«hex:64#castore-inner»", [:mix], [], "hexpm", "«hex:64#castore-outer»"},   ⟦D d-mixlock-1⟧
  "phoenix": {:hex, :phoenix, "1.7.11", "«hex:64#phoenix-inner»", [:mix], [], "hexpm", "«hex:64#phoenix-outer»"},   ⟦D d-mixlock-2⟧
  "swoosh": {:hex, :swoosh, "1.15.2", "«hex:64#swoosh-inner»", [:mix], [], "hexpm", "«hex:64#swoosh-outer»"},   ⟦D d-mixlock-3⟧
}
