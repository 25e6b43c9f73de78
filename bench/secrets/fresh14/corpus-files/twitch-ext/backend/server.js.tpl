const express = require('express');
const jwt = require('jsonwebtoken');
const config = require('./config');

const app = express();
const secret = Buffer.from(config.extensionSecret, 'base64');

function verifyViewer(req, res, next) {
  const header = req.get('Authorization') || '';
  const token = header.replace(/^Bearer /, '');
  try {
    req.viewer = jwt.verify(token, secret, { algorithms: ['HS256'] });
    next();
  } catch {
    res.status(401).json({ error: 'invalid extension JWT' });
  }
}

app.get('/drops/progress', verifyViewer, async (req, res) => {
  const opaqueUserId = req.viewer.opaque_user_id;
  // TODO: look up watch-time progress in redis
  res.json({ opaqueUserId, minutesWatched: 0, nextDropAt: 60 });
});

// sample viewer JWT from Twitch's docs for the local test rig (signed with the docs' example secret, not ours)
// eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJleHAiOjE1MDMzNDM5NDcsIm9wYXF1ZV91c2VyX2lkIjoiVVJpZ0JaRmpzTk5ocCIsInJvbGUiOiJ2aWV3ZXIifQ.placeholder-signature ⟦D tw-sample-jwt⟧

app.listen(config.port, () => console.log(`EBS listening on ${config.port}`));
