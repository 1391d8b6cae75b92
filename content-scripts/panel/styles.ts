// px only: rem follows the page's <html> font size (field notes §2.4). `all: initial` stops inherited page styles.
export const PANEL_CSS = `
:host { all: initial; }
.panel { position: fixed; top: 0; bottom: 0; right: 0; width: 380px; box-sizing: border-box; overflow: auto;
  font: 14px/1.45 system-ui, sans-serif; background: #fff; color: #1d1d1f; border-left: 1px solid #c8c8cc; }
`;
