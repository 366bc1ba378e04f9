/*
 * The usage report's chart: an enhancement of the tables below it, drawn with uPlot from the
 * figures the page hands over in the figure's data-chart attribute (no inline script: the CSP
 * forbids it). uPlot styles its elements through the CSSOM (element.style), which the CSP's
 * style-src allows; it injects no <style> element. Numbers and dates are written with the page's
 * language (Intl), so Arabic and Persian pages get their own digits, as the tables do.
 */
(function () {
  'use strict';
  var host = document.getElementById('usage-chart');
  if (!host || typeof uPlot === 'undefined' || !host.getAttribute('data-chart')) {
    return;
  }
  var chart = JSON.parse(host.getAttribute('data-chart'));
  var lang = host.getAttribute('data-lang') || document.documentElement.lang || 'en';
  var hourly = host.getAttribute('data-interval') === 'hour';
  // The digits of the tables (ICU's on the server): Chromium's Arabic may otherwise differ.
  var digits = host.getAttribute('data-digits') || 'latn';
  var oneDay = chart.to - chart.from <= 86400;
  var units = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'];
  var formats = units.map(function (unit) {
    return new Intl.NumberFormat(lang, { style: 'unit', unit: unit, unitDisplay: 'short', maximumFractionDigits: 1, numberingSystem: digits });
  });
  function bytes(value) {
    if (value == null) {
      return '';
    }
    var amount = Math.max(0, value);
    var step = 0;
    while (step < units.length - 1 && amount >= 1000) {
      amount /= 1000;
      step++;
    }
    return formats[step].format(amount);
  }
  // Buckets are cut in UTC by session-service: the axis says so in its label.
  var timeFormat = new Intl.DateTimeFormat(lang, hourly && oneDay
    ? { hour: 'numeric', minute: '2-digit', timeZone: 'UTC', numberingSystem: digits }
    : hourly ? { month: 'short', day: 'numeric', hour: 'numeric', timeZone: 'UTC', numberingSystem: digits }
      : { month: 'short', day: 'numeric', timeZone: 'UTC', numberingSystem: digits });
  function time(seconds) {
    return seconds == null ? '' : timeFormat.format(new Date(seconds * 1000));
  }
  // Dark enough for 4.5:1 on white: uPlot writes each legend label in its line's colour.
  var colours = ['#1f5fa8', '#a8321f', '#1e6b35', '#6b3fa0', '#8a5200', '#0f6b6b', '#a0266b', '#4a4f57'];
  var series = [{ label: host.getAttribute('data-x-label'), value: function (u, v) { return time(v); } }];
  chart.series.forEach(function (line, i) {
    series.push({
      label: line.label,
      stroke: colours[i % colours.length],
      width: 2,
      points: { show: chart.x.length < 2 },
      value: function (u, v) { return bytes(v); }
    });
  });
  function width() {
    return Math.max(280, host.clientWidth);
  }
  // The time axis runs left to right on right-to-left pages too: time series are read that way in
  // Arabic and Persian charts as well, the dates on it are left-to-right numbers, and a mirrored
  // axis would put the newest bucket first, unlike the table below (oldest first).
  var options = {
    width: width(),
    height: 280,
    // Room at the end for the last time label.
    padding: [8, 28, 0, 0],
    series: series,
    // The whole period, not just the buckets with usage: one bucket alone would stretch to years.
    scales: { x: { time: true, range: function () { return [chart.from, chart.to]; } } },
    axes: [
      { label: host.getAttribute('data-x-label'), space: hourly && !oneDay ? 110 : 80, values: function (u, splits) { return splits.map(time); } },
      { label: host.getAttribute('data-y-label'), size: 80, values: function (u, splits) { return splits.map(bytes); } }
    ],
    legend: { live: true }
  };
  var data = [chart.x].concat(chart.series.map(function (line) { return line.values; }));
  host.setAttribute('dir', 'ltr');
  var plot = new uPlot(options, data, host);
  host.classList.add('drawn');
  var pending = null;
  window.addEventListener('resize', function () {
    if (pending) {
      window.cancelAnimationFrame(pending);
    }
    pending = window.requestAnimationFrame(function () {
      plot.setSize({ width: width(), height: 280 });
    });
  });
}());
