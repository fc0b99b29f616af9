-- a route's password is sealed now (AES-GCM, "v1:" and Base64 of nonce, ciphertext and tag): room for 100
-- characters of four bytes each; a value written before stays readable and is sealed at its next change
alter table ir_route alter column secret set data type varchar(500);
