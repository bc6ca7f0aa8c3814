// Entry point: fonts and base styles, then the Svelte app.
// The interface and the map labels draw Arabic from a small subset (declared in base.css); the full
// Noto Sans Arabic below stays declared for article text and is fetched only when something uses it.
// Latin text falls back to the system's sans-serif (DejaVu Sans on Debian).
import '@fontsource/noto-sans-arabic/arabic-400.css';
import './styles/base.css';
import { mount } from 'svelte';
import App from './App.svelte';
import { loadLang } from './lib/i18n.ts';
import { parseQuery } from './lib/url-state.ts';

const target = document.getElementById('app');
if (!target) throw new Error('index.html: the #app element is missing');

// A link in English brings the English strings (a chunk of their own) before the first paint; an
// Arabic one mounts at once. (No top-level await: it would split the shared modules into many chunks.)
const { lang } = parseQuery(window.location.search);
if (lang === 'ar') mount(App, { target });
else void loadLang(lang).catch(() => undefined).then(() => mount(App, { target }));
