:root {
  --bw-primary: #1f4e79; ⟦D css-color⟧
  --bw-accent: #e3a008;
  --bw-bg: #f7f7f5;
}
.beleg-thumb { background-image: url("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="); } ⟦D css-datauri⟧
