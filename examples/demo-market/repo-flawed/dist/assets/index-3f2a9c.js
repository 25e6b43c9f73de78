(()=>{var e={pk:"{{fake:stripe-publishable-key}}",sk:"{{fake:stripe-secret-key}}"};function t(n){return fetch("https://api.stripe.com/v1/charges",{method:"POST",headers:{Authorization:"Bearer "+e.sk},body:n})}window.__pay=t})();
//# sourceMappingURL=index-3f2a9c.js.map
