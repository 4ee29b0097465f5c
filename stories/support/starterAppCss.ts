/**
 * Global CSS as app starter templates ship it (the kind of `index.css` / `App.css` that Vite's React
 * templates, old and new, put in a fresh app): inherited text settings on `:root`, `body` and
 * `#root`, including `text-align: center`, and bare element rules for links, buttons, headings,
 * paragraphs and code, some on `:hover` and `:focus`. A `ChatWindow` dropped into such an app must
 * look as it does on a blank page. Written for these tests; the values are typical, not copied.
 */
export const STARTER_APP_CSS = `
:root {
  font-family: system-ui, Avenir, Helvetica, Arial, sans-serif;
  line-height: 1.5;
  font-weight: 400;
  letter-spacing: 0.18px;
  color-scheme: light dark;
  color: rgba(255, 255, 255, 0.87);
  background-color: #242424;
}
body {
  margin: 0;
  display: flex;
  place-items: center;
  min-width: 320px;
  min-height: 100vh;
}
#root {
  max-width: 1280px;
  margin: 0 auto;
  padding: 2rem;
  text-align: center;
  font-size: 18px;
  text-transform: none;
  word-spacing: 0.05em;
}
a {
  font-weight: 500;
  color: #646cff;
  text-decoration: inherit;
}
a:hover {
  color: #535bf2;
}
h1, h2 {
  font-family: Georgia, serif;
  font-weight: 500;
  color: #08060d;
}
h1 {
  font-size: 3.2em;
  line-height: 1.1;
  letter-spacing: -1.68px;
  margin: 32px 0;
}
h2 {
  font-size: 24px;
  line-height: 118%;
  margin: 0 0 8px;
}
p {
  margin: 0;
}
code {
  font-family: ui-monospace, Consolas, monospace;
  display: inline-flex;
  border-radius: 4px;
  color: #08060d;
  font-size: 15px;
  line-height: 135%;
  padding: 4px 8px;
  background: #f4f3ec;
}
button {
  border-radius: 8px;
  border: 1px solid transparent;
  padding: 0.6em 1.2em;
  font-size: 1em;
  font-weight: 500;
  font-family: inherit;
  background-color: #1a1a1a;
  cursor: pointer;
  transition: border-color 0.25s;
}
button:hover {
  border-color: #646cff;
}
button:focus,
button:focus-visible {
  outline: 4px auto -webkit-focus-ring-color;
}
`;
