name = "loyalty-block"
uid = "«uuid#ext-uid»" ⟦D ext-uid⟧
type = "theme"

[settings]
[[settings.fields]]
key = "points_label"
type = "single_line_text_field"
name = "Points label"
