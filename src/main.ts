// Entry point: fonts and base styles, then the Svelte app.
// Only the Arabic subset at one weight: the same file the map labels use, fetched once.
// Latin text falls back to the system's sans-serif (DejaVu Sans on Debian).
import '@fontsource/noto-sans-arabic/arabic-400.css';
import './styles/base.css';
import { mount } from 'svelte';
import App from './App.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('index.html: the #app element is missing');

export const app = mount(App, { target });
