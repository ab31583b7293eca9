// A bar chart drawn by Chart.js from the JSON in its "chart" attribute:
// {"labels": [...], "values": [...], "label": "series name", "summary": "text alternative", "horizontal": bool}.
// The canvas is an image to screen readers, named by the summary; the table beside it holds the figures.
import { Chart, BarController, BarElement, CategoryScale, LinearScale, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

class WwBarChart extends HTMLElement {
  static get observedAttributes() {
    return ['chart'];
  }

  connectedCallback() {
    this.draw();
  }

  attributeChangedCallback() {
    this.draw();
  }

  disconnectedCallback() {
    if (this.chart) {
      this.chart.destroy();
      this.chart = null;
    }
  }

  draw() {
    const text = this.getAttribute('chart');
    if (!text || !this.isConnected) {
      return;
    }
    const spec = JSON.parse(text);
    if (!this.canvas) {
      this.canvas = document.createElement('canvas');
      this.canvas.setAttribute('role', 'img');
      this.appendChild(this.canvas);
    }
    this.canvas.setAttribute('aria-label', spec.summary);
    if (this.chart) {
      this.chart.destroy();
    }
    this.chart = new Chart(this.canvas, {
      type: 'bar',
      data: {
        labels: spec.labels,
        datasets: [{ label: spec.label, data: spec.values, backgroundColor: '#1d5b87', maxBarThickness: 56 }],
      },
      options: {
        indexAxis: spec.horizontal ? 'y' : 'x',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: { x: { beginAtZero: true, ticks: { precision: 0 } }, y: { beginAtZero: true, ticks: { precision: 0 } } },
        plugins: { tooltip: { enabled: true } },
      },
    });
  }
}

customElements.define('ww-bar-chart', WwBarChart);
