-- Crosscheck's language server in Neovim 0.7 (headless, plain LSP over stdio).
-- Run by test/nvim/check.mjs: nvim --headless --clean -c "luafile test/nvim/check.lua"
-- Env: CROSSCHECK_NODE, CROSSCHECK_SERVER (server/out/server.js), CROSSCHECK_WORKSPACE (a copy of seeds/).
local node = os.getenv('CROSSCHECK_NODE')
local server = os.getenv('CROSSCHECK_SERVER')
local root = os.getenv('CROSSCHECK_WORKSPACE')
local A001 = root .. '/001_7e3db97815033158.txt'
local A003 = root .. '/003_fc47c50a2a883f77.txt'
local A004 = root .. '/004_f756dc9fa6e98dc1.txt'
-- An article whose URI Neovim spells otherwise than the server (it leaves "'", "(" and ")" unescaped),
-- written before the server starts, so that the server finds it in the folder.
local NOTE = root .. "/Mayor's note (1).txt"
do
  local f = assert(io.open(NOTE, 'w'))
  f:write('ICE operation leads to 47 arrests in NY\n\nSaturday, 30 Sep, 2017\n\n' ..
    'Immigration agents arrested 47 people in New York on Thursday, officials said.\n')
  f:close()
end

local passed, failed = 0, 0
local function out(s) io.stdout:write(s .. '\n') end
local function check(name, fn)
  local ok, err = pcall(fn)
  if ok then passed = passed + 1; out('  ok     ' .. name)
  else failed = failed + 1; out('  FAILED ' .. name .. '\n         ' .. tostring(err)) end
end
local function finish()
  out(string.format('%d passed, %d failed', passed, failed))
  io.stdout:flush()
  if failed > 0 or passed == 0 then vim.cmd('cquit 1') else vim.cmd('qall!') end
end

local function lines_of(path)
  local t = {}
  for l in io.lines(path) do t[#t + 1] = l end
  return t
end
-- LSP position (UTF-16) of the first `word` on 0-based `line` of `path`.
local function pos_of(path, line, word)
  local text = lines_of(path)[line + 1]
  local b = text:find(word, 1, true)
  assert(b, word .. ' not on line ' .. (line + 1))
  local _, u16 = vim.str_utfindex(text, b - 1)
  return { line = line, character = u16 }
end
-- The text an LSP range (UTF-16, single line) covers in `path`.
local function text_at(path, range)
  local text = lines_of(path)[range.start.line + 1] or ''
  local s = vim.str_byteindex(text, range.start.character, true)
  local e = vim.str_byteindex(text, range['end'].character, true)
  return text:sub(s + 1, e)
end

-- Record every publishDiagnostics as sent (files never opened included), and let Neovim show them too.
local published = {}
local default_diagnostics = vim.lsp.handlers['textDocument/publishDiagnostics']
local handlers = {
  ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
    published[vim.uri_to_fname(result.uri)] = result.diagnostics
    return default_diagnostics(err, result, ctx, config)
  end,
}

local client_id = vim.lsp.start_client({
  name = 'crosscheck',
  cmd = { node, server, '--stdio' },
  root_dir = root,
  workspace_folders = { { uri = vim.uri_from_fname(root), name = 'seeds' } },
  handlers = handlers,
  on_exit = function(code) if code ~= 0 then out('server exited with ' .. code) end end,
})
if not client_id then out('could not start the server'); failed = failed + 1; finish() end

check('diagnostics arrive for 003 (never opened): "500" is a figure-rounding linked to 004 "498"', function()
  assert(vim.wait(60000, function() return published[A003] ~= nil and #published[A003] > 0 end, 50), 'no diagnostics for 003 within 60 s')
  local five = pos_of(A003, 0, '500')
  local hit
  for _, d in ipairs(published[A003]) do
    if d.range.start.line == 0 and d.range.start.character == five.character then hit = d end
  end
  assert(hit, 'no diagnostic on 003 line 1 "500": ' .. vim.inspect(published[A003]))
  assert(hit.code == 'figure-rounding', 'code is ' .. tostring(hit.code))
  local linked = false
  for _, r in ipairs(hit.relatedInformation or {}) do
    if vim.uri_to_fname(r.location.uri) == A004 and r.location.range.start.line == 6 and text_at(A004, r.location.range) == '498' then linked = true end
  end
  assert(linked, 'relatedInformation does not point at 004 line 7 "498": ' .. vim.inspect(hit.relatedInformation))
end)

vim.cmd('edit ' .. vim.fn.fnameescape(A004))
local buf = vim.api.nvim_get_current_buf()
vim.lsp.buf_attach_client(buf, client_id)
local homan = pos_of(A004, 16, 'Homan')
homan.character = homan.character + 1
local doc = { uri = vim.uri_from_fname(A004) }

local function request(method, params)
  local res, err = vim.lsp.buf_request_sync(buf, method, params, 15000)
  assert(res, method .. ': ' .. tostring(err))
  local r = res[client_id]
  assert(r and not r.error, method .. ' failed: ' .. vim.inspect(r))
  return r.result
end

check('hover on "Homan" (004 line 17) contains "Tom Homan"', function()
  local result = request('textDocument/hover', { textDocument = doc, position = homan })
  assert(result and result.contents, 'no hover')
  local c = result.contents
  local value = type(c) == 'string' and c or c.value or vim.inspect(c)
  assert(value:find('Tom Homan', 1, true), 'hover is: ' .. value)
end)

check('definition from "Homan" lands on "Tom Homan" in 004 and in 001', function()
  local result = request('textDocument/definition', { textDocument = doc, position = homan })
  assert(result, 'no definition')
  if result.uri or result.targetUri then result = { result } end
  local seen = {}
  for _, l in ipairs(result) do
    local path = vim.uri_to_fname(l.uri or l.targetUri)
    local range = l.range or l.targetSelectionRange
    local text = text_at(path, range)
    assert(text == 'Tom Homan', vim.fn.fnamemodify(path, ':t') .. ':' .. (range.start.line + 1) .. ' is "' .. text .. '"')
    seen[path] = range.start.line + 1
  end
  assert(seen[A004] == 13, '004 line 13 in ' .. vim.inspect(seen))
  assert(seen[A001] == 14, '001 line 14 in ' .. vim.inspect(seen))
end)

check('Neovim shows the diagnostics on the buffer of 004', function()
  assert(vim.wait(10000, function() return #vim.diagnostic.get(buf) > 0 end, 50), 'no diagnostics on the 004 buffer')
end)

check("an article whose URI Neovim spells otherwise is one: its diagnostics on its buffer, named once in 003's", function()
  vim.cmd('edit ' .. vim.fn.fnameescape(NOTE))
  local note = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(note, client_id)
  assert(vim.wait(10000, function() return #vim.diagnostic.get(note) > 0 end, 50), 'no diagnostics on the buffer of the note')
  -- the open taken (a request is answered after it), and time for 003 to be sent again had it changed
  local res = vim.lsp.buf_request_sync(note, 'textDocument/documentSymbol', { textDocument = { uri = vim.uri_from_bufnr(note) } }, 15000)
  assert(res and res[client_id] and not res[client_id].error, 'documentSymbol on the note failed')
  vim.wait(2000)
  local named = 0
  for _, d in ipairs(published[A003] or {}) do
    local n = 0
    for _, r in ipairs(d.relatedInformation or {}) do
      if vim.uri_to_fname(r.location.uri) == NOTE then n = n + 1 end
    end
    assert(n <= 1, 'the note is named ' .. n .. ' times under one finding of 003: ' .. d.message)
    named = named + n
  end
  assert(named > 0, "003's findings do not name the note: " .. vim.inspect(published[A003]))
end)

vim.lsp.stop_client(client_id)
vim.wait(3000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 50)
finish()
